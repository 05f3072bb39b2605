using DevSim.Engine.Simulation;
using DevSim.Runner.Output;

namespace DevSim.Runner.Replay;

/// <summary>Writes every number behind the replay's plots and tables as CSV files in data/.</summary>
internal static class ReplayData
{
    public static IReadOnlyList<string> Write(ReplayResults results, string folder)
    {
        var written = new List<string>();
        void Table(string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
        {
            var path = Path.Combine(folder, name);
            CsvTable.Write(path, header, rows);
            written.Add(path);
        }

        var single = results.SingleProject;
        Table("table3.csv",
            ["role", "source", "sequence", "mean", "ci_low", "ci_high", "sd", "reps", "paper_mean", "paper_sd",
             "base_work", "first_order_rework", "search_selection_mean", "search_selection_reps", "equivalents"],
            SequenceRows(single));
        Table("table3-gaps.csv", ["comparison", "mean_difference", "ci_low", "ci_high", "reps"],
        [
            ["paper's optimal - DevSim's optimal", single.OptimalGap.Mean, single.OptimalGap.Ci95.Lower, single.OptimalGap.Ci95.Upper, single.OptimalGap.Count],
            ["DevSim's worst - paper's worst", single.WorstGap.Mean, single.WorstGap.Ci95.Lower, single.WorstGap.Ci95.Upper, single.WorstGap.Count],
            ["paper's balanced optimal - DevSim's balanced optimal", single.BalancedGap.Mean, single.BalancedGap.Ci95.Lower, single.BalancedGap.Ci95.Upper, single.BalancedGap.Count],
        ]);
        var histogram = results.DurationHistograms;
        var optimal = histogram.Optimal.Density();
        var worst = histogram.Worst.Density();
        Table("single-project-distribution.csv", ["bin_low", "bin_high", "optimal_density", "worst_density"],
            optimal.Select((_, b) => (IReadOnlyList<object?>)[histogram.Optimal.Edges[b], histogram.Optimal.Edges[b + 1], optimal[b], worst[b]]));
        Table("demands.csv", ["role", "source", "sequence", "resource", "capacity", "work_per_project", "critical_interarrival"],
            Labelled(single).SelectMany(v => v.Value.Demands.Select(d => (IReadOnlyList<object?>)
                [v.Role, Source(v.Value.Source), Ids(v.Value.Sequence), d.Name, d.Capacity, d.Work, d.CriticalInterarrival])));
        Table("naive-significance.csv",
            ["interarrival", "static_projects", "dynamic_projects", "one_run_difference", "welch_t", "welch_df", "welch_p", "one_run_verdict",
             "paired_difference", "paired_ci_low", "paired_ci_high", "paired_verdict"],
            NaiveSignificance.Of(results.Comparisons(GridExperiment.Mouse, SequenceSource.Paper)).Select(t => (IReadOnlyList<object?>)
                [t.Comparison.Interarrival, t.StaticProjects, t.DynamicProjects, t.Test.Difference, t.Test.T, t.Test.DegreesOfFreedom, t.Test.PValue,
                 VerdictName(t.Verdict), t.Comparison.DurationDifference.Mean, t.Comparison.DurationDifference.Ci95.Lower,
                 t.Comparison.DurationDifference.Ci95.Upper, VerdictName(t.Comparison.Verdict)]));
        Table("grid.csv",
            ["experiment", "source", "sequence", "policy", "interarrival", "projects", "warmup", "reps", "duration_mean", "duration_ci_low",
             "duration_ci_high", "duration_sd", "duration_p50", "duration_p90", "duration_p99", "waiting_mean", "waiting_ci_low",
             "waiting_ci_high", "rework_mean", "in_system_mean", "events", "overloaded", "unstable_resource", "unstable_load", "verdict"],
            results.Grid.Select(p =>
            {
                var r = p.Result;
                return (IReadOnlyList<object?>)[Experiment(p.Experiment), Source(p.Source), Ids(r.Sequence), Policy(p.Policy), p.Interarrival,
                    r.Options.Projects, r.Options.EffectiveWarmup, r.Options.Replications, r.Duration.Mean, r.Duration.Ci95.Lower,
                    r.Duration.Ci95.Upper, r.DurationSd, r.Percentiles.P50, r.Percentiles.P90, r.Percentiles.P99, r.Waiting.Mean, r.Waiting.Ci95.Lower,
                    r.Waiting.Ci95.Upper, r.Rework.Mean, r.InSystem.Mean, r.Events, p.Overloaded, r.Unstable, r.UnstableLoad, SteadyStateName(p)];
            }));
        Table("grid-resources.csv",
            ["experiment", "source", "policy", "interarrival", "resource", "capacity", "offered_load", "utilization", "utilization_ci_low",
             "utilization_ci_high", "queue", "queue_ci_low", "queue_ci_high", "wait_per_request"],
            results.Grid.SelectMany(p => p.Result.Resources.Select(x => (IReadOnlyList<object?>)
                [Experiment(p.Experiment), Source(p.Source), Policy(p.Policy), p.Interarrival, x.Name, x.Capacity, x.OfferedLoad,
                 x.Utilization.Mean, x.Utilization.Ci95.Lower, x.Utilization.Ci95.Upper, x.Queue.Mean, x.Queue.Ci95.Lower, x.Queue.Ci95.Upper, x.Wait.Mean])));
        Table("policy-differences.csv",
            ["experiment", "source", "interarrival", "duration_static_minus_dynamic", "duration_ci_low", "duration_ci_high",
             "waiting_static_minus_dynamic", "waiting_ci_low", "waiting_ci_high", "duration_reduction", "sd_reduction", "waiting_reduction", "verdict"],
            Enum.GetValues<GridExperiment>().SelectMany(e => Enum.GetValues<SequenceSource>().SelectMany(s => results.Comparisons(e, s).Select(c =>
            {
                var d = c.DurationDifference;
                var w = c.WaitingDifference;
                return (IReadOnlyList<object?>)[Experiment(e), Source(s), c.Interarrival, d.Mean, d.Ci95.Lower, d.Ci95.Upper, w.Mean, w.Ci95.Lower,
                    w.Ci95.Upper, c.DurationReduction, c.SdReduction, c.WaitingReduction, VerdictName(c.Verdict)];
            }))));
        Table("rework-aware.csv",
            ["experiment", "interarrival", "static_mean", "dynamic_mean", "rework_aware_mean", "better", "minus_better", "minus_better_ci_low",
             "minus_better_ci_high", "minus_static", "minus_static_ci_low", "minus_static_ci_high", "minus_dynamic", "minus_dynamic_ci_low",
             "minus_dynamic_ci_high", "rework_static", "rework_dynamic", "rework_aware", "busiest_resource", "load_static", "load_dynamic",
             "load_rework_aware", "verdict"],
            ReworkAwareExperiments(results).SelectMany(e => results.ReworkAwareComparisons(e).Select(c =>
            {
                var (b, s, d) = (c.VersusBetter, c.VersusStatic, c.VersusDynamic);
                var busiest = c.BusiestResource;
                return (IReadOnlyList<object?>)[Experiment(e), c.Interarrival, Mean(c.Static), Mean(c.Dynamic), Mean(c.ReworkAware),
                    c.Better is null ? null : Policy(c.Better.Policy), b.Mean, b.Ci95.Lower, b.Ci95.Upper, s.Mean, s.Ci95.Lower, s.Ci95.Upper,
                    d.Mean, d.Ci95.Lower, d.Ci95.Upper, c.Rework.Static, c.Rework.Dynamic, c.Rework.ReworkAware, busiest.Resource, busiest.Static,
                    busiest.Dynamic, busiest.ReworkAware, VerdictName(c.Verdict)];
            })));
        // The same format as `devsim simulate --trace`.
        var timeline = Path.Combine(folder, "timeline.csv");
        AtomicFile.Write(timeline, writer =>
        {
            writer.WriteLine(TraceWriter.Header);
            var trace = new TraceWriter(writer, results.ResourceNames);
            foreach (var record in results.TimelineRecords)
                trace.OnExecution(record);
        });
        written.Add(timeline);
        return written;
    }

    /// <summary>The experiments whose grids hold the rework-aware policy.</summary>
    public static IEnumerable<GridExperiment> ReworkAwareExperiments(ReplayResults results) =>
        [GridExperiment.Mouse, GridExperiment.Balanced, .. results.Further.Select(f => f.Experiment)];

    /// <summary>A point's mean duration, or null when overloaded (no steady state).</summary>
    private static double? Mean(GridPoint p) => p.Overloaded ? null : p.Result.Duration.Mean;

    /// <summary>The single-project values with the role each plays in the report.</summary>
    public static IEnumerable<(string Role, SequenceValue Value)> Labelled(SingleProjectFindings s) =>
    [
        ("optimal", s.PaperOptimal), ("optimal", s.DevSimOptimal), ("worst", s.PaperWorst), ("worst", s.DevSimWorst),
        ("balanced optimal", s.PaperBalanced), ("balanced optimal", s.DevSimBalanced),
    ];

    public static string Experiment(GridExperiment e) => e switch
    {
        GridExperiment.Mouse => "mouse",
        GridExperiment.Balanced => "balanced",
        GridExperiment.Worst => "worst",
        GridExperiment.RandomDsm => "random-dsm",
        _ => "strongly-coupled",
    };

    /// <summary>A grid point's steady-state verdict (issue 17) as written: stable, unsettled or overloaded (also whenever the run stopped as unstable).</summary>
    public static string SteadyStateName(GridPoint p) => p.Overloaded ? "overloaded" : p.Result.SteadyState?.Verdict.ToString().ToLowerInvariant() ?? "";

    public static string Source(SequenceSource s) => s == SequenceSource.Paper ? "paper" : "devsim";

    public static string Policy(SequencingPolicy p) => p.Name();

    public static string VerdictName(ReworkAwareVerdict v) => v switch
    {
        ReworkAwareVerdict.ShorterThanBoth => "shorter than both",
        ReworkAwareVerdict.AsShortAsTheBetter => "as short as the better",
        ReworkAwareVerdict.LongerThanTheBetter => "longer than the better",
        _ => "overloaded",
    };

    public static string VerdictName(Verdict v) => v switch
    {
        Verdict.DynamicBetter => "dynamic shorter",
        Verdict.StaticBetter => "static shorter",
        Verdict.NoDifference => "no significant difference",
        _ => "overloaded",
    };

    private static string Ids(IEnumerable<int> ids) => string.Join(' ', ids);

    private static IEnumerable<IReadOnlyList<object?>> SequenceRows(SingleProjectFindings s)
    {
        foreach (var (role, v) in Labelled(s))
        {
            var search = (role, v.Source) switch
            {
                ("optimal", SequenceSource.DevSim) => s.OptimalSearch.Best,
                ("worst", SequenceSource.DevSim) => s.WorstSearch.Best,
                ("balanced optimal", SequenceSource.DevSim) => s.BalancedSearch.Best,
                _ => null,
            };
            var (paperMean, paperSd) = (role, v.Source) switch
            {
                ("optimal", SequenceSource.Paper) => (PaperResults.OptimalMean, PaperResults.OptimalSd),
                ("worst", SequenceSource.Paper) => (PaperResults.WorstMean, PaperResults.WorstSd),
                _ => (double.NaN, double.NaN),
            };
            var e = v.Evaluation.Duration;
            yield return [role, Source(v.Source), Ids(v.Sequence), e.Mean, e.Ci95.Lower, e.Ci95.Upper, e.StandardDeviation, e.Count,
                paperMean, paperSd, v.BaseWork, v.FirstOrderRework, search?.SelectionMean, search?.SelectionReplications, search?.Equivalents];
        }
    }
}
