using DevSim.Engine.Simulation;
using static DevSim.Runner.Replay.ReplayText;

namespace DevSim.Runner.Replay;

/// <summary>One line of the paper-versus-DevSim summary.</summary>
/// <param name="Result">Which of the paper's results.</param>
/// <param name="Paper">What the paper states.</param>
/// <param name="DevSim">What this run measured.</param>
/// <param name="Agreement">agrees, same direction, differs, ...: judged from the CIs.</param>
internal sealed record Headline(string Result, string Paper, string DevSim, string Agreement);

/// <summary>The headline comparisons, shared by the report and the console summary.</summary>
internal static class ReplayHeadlines
{
    public static IReadOnlyList<Headline> From(ReplayResults r)
    {
        var s = r.SingleProject;
        var lines = new List<Headline>
        {
            new("Table 3: optimal sequence, expected duration", $"{F(PaperResults.OptimalMean, 3)} (sd {F(PaperResults.OptimalSd, 3)})",
                $"{MeanCi(s.DevSimOptimal.Evaluation.Duration)} (sd {F(s.DevSimOptimal.Evaluation.Duration.StandardDeviation)})",
                Covers(s.DevSimOptimal.Evaluation.Duration.Ci95, PaperResults.OptimalMean)),
            new("Table 3: worst sequence, expected duration", $"{F(PaperResults.WorstMean, 3)} (sd {F(PaperResults.WorstSd, 3)})",
                $"{MeanCi(s.DevSimWorst.Evaluation.Duration)} (sd {F(s.DevSimWorst.Evaluation.Duration.StandardDeviation)})",
                Covers(s.DevSimWorst.Evaluation.Duration.Ci95, PaperResults.WorstMean)),
        };

        var at13 = r.ComparisonAt(GridExperiment.Mouse, SequenceSource.Paper, PaperResults.CongestedInterarrival);
        if (at13 is not null)
        {
            lines.Add(new($"Figure 7: dynamic's cut in mean duration at interarrival {At13}", Pct(PaperResults.DurationReductionAt13),
                Pct(at13.DurationReduction), Share(at13.DurationReduction, PaperResults.DurationReductionAt13, at13.Verdict == Verdict.DynamicBetter)));
            lines.Add(new($"Figure 7: dynamic's cut in the sd of durations at {At13}", Pct(PaperResults.SdReductionAt13),
                Pct(at13.SdReduction), Share(at13.SdReduction, PaperResults.SdReductionAt13, at13.SdVerdict == Verdict.DynamicBetter)));
        }
        var mouse = r.Comparisons(GridExperiment.Mouse, SequenceSource.Paper);
        var grid = r.Settings.MouseGrid;
        var none = mouse.Where(Verdict.NoDifference);
        var staticBetter = mouse.Where(Verdict.StaticBetter);
        lines.Add(new("Figure 7: where dynamic stops being better", $"no significant difference at {N(PaperResults.NoDifferenceInterarrival)}, static better beyond",
            $"dynamic shorter at {Runs(mouse.Where(Verdict.DynamicBetter), grid)}; no significant difference at {Runs(none, grid)}; static shorter at {Runs(staticBetter, grid)}",
            CrossoverAgreement([.. mouse.Select(c => (c.Interarrival, c.Verdict))])));
        if (at13 is not null)
        {
            lines.Add(new($"Figure 8: dynamic's cut in mean waiting time at {At13}", Pct(PaperResults.WaitingReductionAt13),
                Pct(at13.WaitingReduction), Share(at13.WaitingReduction, PaperResults.WaitingReductionAt13, at13.WaitingVerdict == Verdict.DynamicBetter)));
        }
        var lowerWaiting = mouse.Count(c => c.WaitingVerdict == Verdict.DynamicBetter);
        lines.Add(new("Figure 8: waiting is lower with dynamic", "at every interarrival",
            $"at {lowerWaiting} of {mouse.Count} interarrival times (paired 95% CIs)", lowerWaiting == mouse.Count ? "agrees" : "differs"));

        var queueStatic = PaperQueue(r, SequencingPolicy.Static);
        var queueDynamic = PaperQueue(r, SequencingPolicy.Dynamic);
        if (queueStatic is not null && queueDynamic is not null)
        {
            lines.Add(new($"Figure 9: projects waiting at resource {PaperResults.QueueResource.Label} at {At13}, static / dynamic", $"{N(PaperResults.QueueStatic)} / {N(PaperResults.QueueDynamic)}",
                $"{MeanCi(queueStatic.Value, 1)} / {MeanCi(queueDynamic.Value, 1)}",
                QueueAgreement(queueStatic.Value, queueDynamic.Value)));
        }

        var worst = StabilityLine(r, SequenceSource.Paper);
        lines.Add(new("Section 6.2: the worst sequence is unstable below interarrival", N(PaperResults.WorstStabilityLimit), worst.Text, worst.Agreement));

        var balanced = r.Comparisons(GridExperiment.Balanced, SequenceSource.Paper);
        var balancedGrid = r.Settings.BalancedGrid;
        lines.Add(new("Figure 10: balanced process, dynamic versus static", "dynamic longer",
            $"dynamic longer at {Runs(balanced.Where(Verdict.StaticBetter), balancedGrid)}; shorter at {Runs(balanced.Where(Verdict.DynamicBetter), balancedGrid)}; " +
            $"no significant difference at {Runs(balanced.Where(Verdict.NoDifference), balancedGrid)}",
            balanced.All(c => c.Verdict == Verdict.StaticBetter) ? "agrees" : balanced.Any(c => c.Verdict == Verdict.StaticBetter) ? "partly" : "differs"));

        var shift = r.Utilisation(GridExperiment.Balanced, r.Settings.BalancedUtilisationInterarrival);
        if (shift is not null)
        {
            var higher = shift.Higher.Count;
            lines.Add(new($"Figure 11: balanced process at {N(r.Settings.BalancedUtilisationInterarrival)}, utilisation under dynamic", "higher at all resources",
                $"higher at {higher} of {shift.Total} resources, lower at {shift.Lower.Count} (CIs apart)",
                higher == shift.Total ? "agrees" : higher > 0 ? "partly" : "differs"));
        }
        lines.Add(ReworkAwareLine(r));
        return lines;
    }

    /// <summary>Section 6.4's open question, answered by the rework-aware policy on the paper's two processes.</summary>
    private static Headline ReworkAwareLine(ReplayResults r)
    {
        var parts = new List<string>();
        var losses = 0;
        foreach (var (experiment, grid) in new[] { (GridExperiment.Mouse, r.Settings.MouseGrid), (GridExperiment.Balanced, r.Settings.BalancedGrid) })
        {
            var c = r.ReworkAwareComparisons(experiment);
            var longer = c.Where(ReworkAwareVerdict.LongerThanTheBetter);
            losses += longer.Count;
            parts.Add($"{ReplayData.Experiment(experiment)}: shorter than both at {Runs(c.Where(ReworkAwareVerdict.ShorterThanBoth), grid)}, " +
                      $"longer than the better at {Runs(longer, grid)}");
        }
        return new("Section 6.4: switch only when the wait saved outweighs the rework caused (rework-aware policy)", "proposed as future work",
            string.Join("; ", parts), losses == 0 ? "beyond the paper" : "beyond the paper; loses somewhere");
    }

    /// <summary>
    /// Figure 7's crossover: the paper finds no significant difference at 16 and static better beyond.
    /// *agrees* needs both; *partly* one of them; *differs* neither. Overloaded points count for neither.
    /// </summary>
    internal static string CrossoverAgreement(IReadOnlyList<(double Interarrival, Verdict Verdict)> verdicts)
    {
        var at16 = verdicts.Any(v => v.Interarrival == PaperResults.NoDifferenceInterarrival && v.Verdict == Verdict.NoDifference);
        var beyond = verdicts.Where(v => v.Interarrival > PaperResults.NoDifferenceInterarrival && v.Verdict != Verdict.Overloaded).ToList();
        var staticBeyond = beyond.Count > 0 && beyond.All(v => v.Verdict == Verdict.StaticBetter);
        return at16 && staticBeyond ? "agrees" : at16 || beyond.Any(v => v.Verdict == Verdict.StaticBetter) ? "partly" : "differs";
    }

    /// <summary>
    /// Figure 9's queues at resource 2: *agrees* when each of the paper's two values lies in DevSim's CI and those CIs
    /// are apart (dynamic below static); *same direction* when only the CIs are apart; *differs* otherwise.
    /// </summary>
    internal static string QueueAgreement(Engine.Statistics.SampleSummary queueStatic, Engine.Statistics.SampleSummary queueDynamic)
    {
        if (queueDynamic.Ci95.Upper >= queueStatic.Ci95.Lower)
            return "differs";
        return queueStatic.Ci95.Contains(PaperResults.QueueStatic) && queueDynamic.Ci95.Contains(PaperResults.QueueDynamic) ? "agrees" : "same direction";
    }

    /// <summary>The worst sequence's measured and computed stability limit under static sequencing.</summary>
    public static (string Text, string Agreement) StabilityLine(ReplayResults r, SequenceSource source)
    {
        var value = source == SequenceSource.Paper ? r.SingleProject.PaperWorst : r.SingleProject.DevSimWorst;
        var bottleneck = value.Bottleneck;
        var measured = r.Stability(GridExperiment.Worst, source, SequencingPolicy.Static).Describe();
        var text = $"{F(bottleneck.CriticalInterarrival, 1)} (computed: {bottleneck.Name} needs {F(bottleneck.Work, 1)} days per project); simulated: {measured}";
        var agreement = Math.Abs(bottleneck.CriticalInterarrival - PaperResults.WorstStabilityLimit) <= LimitTolerance ? "agrees" : "differs";
        return (text, agreement);
    }

    /// <summary>How far, in days, DevSim's computed stability limit may lie from the paper's and still agree: the limit is exact, so it has no CI.</summary>
    private const double LimitTolerance = 1;

    /// <summary>How far, in percentage points, a share may lie from the paper's and still agree.</summary>
    private const double ShareTolerance = 0.05;

    /// <summary>The rule behind each agreement word of <see cref="From"/>, row by row, for the report to print under the table.</summary>
    public static IReadOnlyList<string> Rules =>
    [
        "Table 3: *agrees* when the paper's mean lies in DevSim's 95% CI, else *differs*.",
        $"The cuts at {At13} (mean duration, sd of durations, mean waiting): *agrees (within {Points(ShareTolerance)} points)* when DevSim's paired 95% CI " +
        $"finds dynamic better and its cut is within {Points(ShareTolerance)} percentage points of the paper's; *same direction* when it finds dynamic better " +
        "by another amount; *differs* when it does not find dynamic better. For the sd, the paired CI is over the replications' own sds.",
        $"Where dynamic stops being better: *agrees* when there is no significant difference at {N(PaperResults.NoDifferenceInterarrival)} and static is " +
        $"shorter at every stable point beyond; *partly* when only one of these holds, or static is shorter somewhere beyond; *differs* otherwise.",
        "Waiting is lower with dynamic: *agrees* when dynamic waits less at every interarrival (paired 95% CIs), else *differs*.",
        $"Figure 9: *agrees* when each of the paper's two queues lies in DevSim's 95% CI and the two CIs are apart (dynamic below static); " +
        "*same direction* when only the CIs are apart; *differs* otherwise.",
        $"Section 6.2: *agrees* when DevSim's computed limit is within {N(LimitTolerance)} day of the paper's (it is computed exactly, so it has no CI), else *differs*.",
        "Figure 10: *agrees* when static is shorter at every interarrival (paired 95% CIs); *partly* when at some; *differs* when at none. " +
        "Figure 11: the same, resource by resource, with dynamic's and static's utilisation CIs apart.",
        "Section 6.4: *beyond the paper*, as the paper only proposes the rule; *loses somewhere* when the rework-aware policy is longer than the better of " +
        "static and dynamic beyond the paired 95% CI at some interarrival.",
    ];

    private static string Points(double share) => N(share * 100);

    /// <summary>The queue at the paper's Figure 9 resource at 13, or null when the grid lacks the point.</summary>
    private static Engine.Statistics.SampleSummary? PaperQueue(ReplayResults r, SequencingPolicy policy) =>
        r.At(GridExperiment.Mouse, SequenceSource.Paper, policy, PaperResults.CongestedInterarrival)?.Result.At(PaperResults.QueueResource).Queue;

    /// <summary>The interarrival at which the paper reads Figures 7 to 9, as text.</summary>
    private static string At13 => N(PaperResults.CongestedInterarrival);

    private static string Covers(Engine.Statistics.Interval ci, double paper) => ci.Contains(paper) ? "agrees" : "differs";

    private static string Share(double devSim, double paper, bool significant) =>
        !significant ? "differs" : Math.Abs(devSim - paper) <= ShareTolerance ? $"agrees (within {Points(ShareTolerance)} points)" : "same direction";
}
