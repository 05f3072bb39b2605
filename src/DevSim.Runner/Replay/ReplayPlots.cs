using System.Globalization;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;
using DevSim.Runner.Plots;

namespace DevSim.Runner.Replay;

/// <summary>Draws the replay's figures in plots/, as SVG and PNG (names below end in .svg; the PNG has the same name).</summary>
internal static class ReplayPlots
{
    public const string Figure7 = "fig7-duration-mouse.svg";
    public const string Figure8 = "fig8-waiting-mouse.svg";
    public const string Figure9Queues = "fig9-queues-at-13.svg";
    public const string Figure9Utilisation = "fig9-utilisation-at-13.svg";
    public const string Figure10 = "fig10-duration-balanced.svg";
    public const string Figure11 = "fig11-utilisation-balanced.svg";
    public const string WorstStability = "worst-sequence-stability.svg";
    public const string ReworkAwareMouse = "rework-aware-mouse.svg";
    public const string ReworkAwareBalanced = "rework-aware-balanced.svg";
    public const string RandomDsm = "rework-aware-random-dsm.svg";
    public const string Coupled = "rework-aware-strongly-coupled.svg";
    public const string Distribution = "single-project-distribution.svg";
    public const string Timeline = "timeline.svg";

    private const int HistogramBins = 60;
    private const string PaperLabel = "Kang & Hong (2007)";

    /// <summary>Writes every figure in the chosen formats; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(ReplayResults results, string folder, FigureFormats formats = FigureFormats.Both)
    {
        var written = new List<string>();
        foreach (var (name, figure) in Figures(results))
            written.AddRange(FigureWriter.Write(folder, name, figure, formats));
        return written;
    }

    /// <summary>Every figure of the replay by file name, built lazily so that each is rendered and released in turn.</summary>
    public static IEnumerable<(string Name, Figure Figure)> Figures(ReplayResults results)
    {
        var s = results.Settings;
        var at13 = PaperResults.CongestedInterarrival;
        var mouse = results.Comparisons(GridExperiment.Mouse, SequenceSource.Paper).FirstOrDefault(c => c.Interarrival == at13);
        IReadOnlyList<ReferencePoint> Cut(double share, Func<SimulationResult, SampleSummary> measure) =>
            mouse is null || mouse.Static.Overloaded ? []
            : [new ReferencePoint($"{PaperLabel}: dynamic {(share * 100).ToString("0.0", CultureInfo.InvariantCulture)}% below static at {ChartStyle.Label(at13)}", at13, (1 - share) * measure(mouse.Static.Result).Mean)];
        var noDifference = new ReferenceLine($"{PaperLabel}: no significant difference at {PaperResults.NoDifferenceInterarrival:0}", PaperResults.NoDifferenceInterarrival, 7);

        var figure7 = Lines(results, GridExperiment.Mouse, "Figure 7: mean project duration, optical mouse", "mean duration (days)", p => p.Duration);
        yield return (Figure7, (figure7 with { References = Cut(PaperResults.DurationReductionAt13, r => r.Duration), Lines = [noDifference] }).Render());
        var figure8 = Lines(results, GridExperiment.Mouse, "Figure 8: mean waiting time per project, optical mouse", "mean waiting time (days)", p => p.Waiting);
        yield return (Figure8, (figure8 with { References = Cut(PaperResults.WaitingReductionAt13, r => r.Waiting) }).Render());
        yield return (Figure9Queues, Bars(results, GridExperiment.Mouse, at13, $"Figure 9: projects waiting per resource at interarrival {ChartStyle.Label(at13)}",
            "average number of waiting projects", r => r.Queue,
            PaperQueues(results)));
        yield return (Figure9Utilisation, Bars(results, GridExperiment.Mouse, at13, $"Utilisation per resource at interarrival {ChartStyle.Label(at13)} (mouse)", "utilisation", r => r.Utilization, []));
        yield return (Figure10, Lines(results, GridExperiment.Balanced, "Figure 10: mean project duration, balanced process", "mean duration (days)", p => p.Duration).Render());
        yield return (Figure11, Bars(results, GridExperiment.Balanced, s.BalancedUtilisationInterarrival,
            $"Figure 11: utilisation per resource, balanced process, interarrival {ChartStyle.Label(s.BalancedUtilisationInterarrival)}", "utilisation", r => r.Utilization, []));
        yield return (WorstStability, WorstChart(results).Render());
        yield return (Distribution, DistributionChart(results));
        yield return (ReworkAwareMouse, Differences(results, GridExperiment.Mouse, "optical mouse, paper's optimum", s.Replications));
        yield return (ReworkAwareBalanced, Differences(results, GridExperiment.Balanced, "balanced process, paper's optimum", s.Replications));
        yield return (RandomDsm, Differences(results, GridExperiment.RandomDsm, "a random DSM (12 tasks), DevSim's optimum", s.FurtherReplications));
        yield return (Coupled, Differences(results, GridExperiment.Coupled, "the strongly coupled process, DevSim's optimum", s.FurtherReplications));
        yield return (Timeline, TimelineChart(results));
    }

    /// <summary>Figure 9's published queues, static and dynamic, on the bars of the resource the paper names (found by its task's name).</summary>
    private static IReadOnlyList<BarReference> PaperQueues(ReplayResults results)
    {
        var point = results.At(GridExperiment.Mouse, SequenceSource.Paper, SequencingPolicy.Static, PaperResults.CongestedInterarrival);
        if (point is null)
            return [];
        var name = PaperResults.QueueResource.MouseResourceName();
        var index = point.Result.Resources.Select((r, i) => (r, i)).First(x => x.r.Name == name).i;
        var label = $"{PaperLabel}: resource {PaperResults.QueueResource.Label}";
        return [new BarReference(label, index, 0, PaperResults.QueueStatic), new BarReference(label, index, 1, PaperResults.QueueDynamic)];
    }

    /// <summary>The single-project duration histograms of DevSim's optimal and worst sequences, on shared bins.</summary>
    public static (Histogram Optimal, Histogram Worst) DurationHistogram(SingleProjectFindings single)
    {
        var optimal = single.OptimalSample;
        var worst = single.WorstSample;
        var low = Math.Floor(Math.Min(optimal.Min(), worst.Min()));
        // The worst sequence's right tail is long: cut at its 99.9th percentile so the bulk stays readable.
        var sorted = worst.Order().ToArray();
        var high = Math.Ceiling(Math.Max(optimal.Max(), sorted[(int)(0.999 * (sorted.Length - 1))]));
        return (Histogram.Of(optimal, low, high, HistogramBins), Histogram.Of(worst, low, high, HistogramBins));
    }

    /// <summary>How a grid point is drawn: from its steady-state verdict (issue 17); a run stopped as unstable is overloaded whatever the verdict.</summary>
    public static PointState State(GridPoint point) => point.Overloaded ? PointState.Overloaded : point.Result.SteadyState?.Verdict switch
    {
        Engine.Statistics.Verdict.Overloaded => PointState.Overloaded,
        Engine.Statistics.Verdict.Unsettled => PointState.Unsettled,
        _ => PointState.Stable,
    };

    /// <summary>The state of a pair of points drawn as one (a paired difference): the worse of the two.</summary>
    private static PointState Worse(GridPoint a, GridPoint b) => (PointState)Math.Max((int)State(a), (int)State(b));

    private static LineChart Lines(ReplayResults results, GridExperiment experiment, string title, string yLabel, Func<SimulationResult, SampleSummary> measure)
    {
        var series = new List<LineSeries>();
        var regions = new List<ShadedRegion>();
        var replications = new SortedSet<int>();
        foreach (var source in new[] { SequenceSource.Paper, SequenceSource.DevSim })
        {
            foreach (var policy in new[] { SequencingPolicy.Static, SequencingPolicy.Dynamic, SequencingPolicy.ReworkAware })
            {
                var curve = results.Curve(experiment, source, policy);
                if (curve.Count == 0)
                    continue;
                var primary = source == SequenceSource.Paper || experiment is GridExperiment.RandomDsm or GridExperiment.Coupled;
                series.Add(new LineSeries($"{ReplayData.Policy(policy)}, {SequenceLabel(experiment, source)}",
                    [.. curve.Select(p => p.Interarrival)], [.. curve.Select(p => measure(p.Result).Mean)],
                    primary ? [.. curve.Select(p => measure(p.Result).Ci95.Lower)] : null,
                    primary ? [.. curve.Select(p => measure(p.Result).Ci95.Upper)] : null)
                {
                    Dashed = !primary,
                    Colour = (int)policy,
                    States = [.. curve.Select(State)],
                });
                if (primary)
                    replications.Add(curve[0].Result.Options.Replications);
                if (primary && OverloadedStretch(curve) is { } stretch)
                    regions.Add(new ShadedRegion(stretch.From, stretch.To, $"{ReplayData.Policy(policy)} overloaded"));
            }
        }
        var projects = results.Settings.Projects;
        return new LineChart(title, "mean interarrival time (days)", yLabel, series)
        {
            NonNegative = true,
            Regions = regions,
            Caption = $"Bands: 95% CI (Student t) over {string.Join(" or ", replications)} replications of {projects:N0} projects, solid curves only; " +
                "every point and curve shares seed and streams" +
                (series.Any(s => s.States!.Contains(PointState.Unsettled)) ? "; hollow markers: verdict unsettled (not yet a steady state), no band." : "."),
        };
    }

    private static LineChart WorstChart(ReplayResults results)
    {
        var chart = Lines(results, GridExperiment.Worst, "Section 6.2: the worst sequence around its stability limit", "mean duration (days)", p => p.Duration);
        var single = results.SingleProject;
        var paperLimit = single.PaperWorst.Bottleneck.CriticalInterarrival;
        var devSimLimit = single.DevSimWorst.Bottleneck.CriticalInterarrival;
        var start = results.Curve(GridExperiment.Worst, SequenceSource.Paper, SequencingPolicy.Static).Select(p => p.Interarrival).DefaultIfEmpty(paperLimit).Min();
        // Static sequencing is overloaded exactly below the computed limit: shade to it, not to a grid point.
        var regions = chart.Regions.Where(r => !r.Label.StartsWith("static", StringComparison.Ordinal)).ToList();
        if (paperLimit > start)
            regions.Insert(0, new ShadedRegion(start, paperLimit, "static overloaded"));
        return chart with
        {
            Regions = regions,
            Lines =
            [
                .. LimitLines(paperLimit, devSimLimit, chart.Series.SelectMany(s => s.X).Append(PaperResults.WorstStabilityLimit).ToList()),
                new ReferenceLine($"{PaperLabel}: limit {PaperResults.WorstStabilityLimit:0}", PaperResults.WorstStabilityLimit, 7),
            ],
        };
    }

    /// <summary>The palette's reddish purple: not the colour of a policy's curve (static 0, dynamic 1), as the limit is no curve.</summary>
    private const int LimitColour = 3;

    /// <summary>Limits closer than this share of the x axis are drawn as one line: two would stand one over the other.</summary>
    private const double SameLineShare = 0.01;

    /// <summary>
    /// The computed static limits of the paper's and DevSim's worst sequences: a line each, or one line naming both when
    /// they are closer than <see cref="SameLineShare"/> of the axis over <paramref name="xs"/> (seed 1 computes 28.42 for
    /// both, the same bottleneck's load, and the second line hid the first). When the two differ at one decimal, the one
    /// line gives both to two.
    /// </summary>
    internal static IReadOnlyList<ReferenceLine> LimitLines(double paperLimit, double devSimLimit, IReadOnlyList<double> xs)
    {
        static string N(double x, int decimals) => x.ToString(decimals == 1 ? "0.0" : "0.00", CultureInfo.InvariantCulture);
        var span = xs.Count == 0 ? 0 : xs.Max() - xs.Min();
        if (Math.Abs(paperLimit - devSimLimit) > SameLineShare * span)
        {
            return
            [
                new ReferenceLine($"computed static limit, paper's worst: {N(paperLimit, 1)}", paperLimit, LimitColour),
                new ReferenceLine($"computed static limit, DevSim's worst: {N(devSimLimit, 1)}", devSimLimit, 5),
            ];
        }
        var label = N(paperLimit, 1) == N(devSimLimit, 1)
            ? $"computed static limit, paper's and DevSim's worst (one line): {N(paperLimit, 1)}"
            : $"computed static limits (one line): paper's worst {N(paperLimit, 2)}, DevSim's worst {N(devSimLimit, 2)}";
        return [new ReferenceLine(label, paperLimit, LimitColour)];
    }

    /// <summary>From the grid's start to halfway past the last overloaded point, or null when none is.</summary>
    private static (double From, double To)? OverloadedStretch(IReadOnlyList<GridPoint> curve)
    {
        var last = curve.Select((p, i) => (p, i)).LastOrDefault(x => State(x.p) == PointState.Overloaded);
        if (last.p is null)
            return null;
        var to = last.i + 1 < curve.Count ? (last.p.Interarrival + curve[last.i + 1].Interarrival) / 2 : last.p.Interarrival;
        return (curve[0].Interarrival, to);
    }

    private static string SequenceLabel(GridExperiment experiment, SequenceSource source) => (experiment, source) switch
    {
        (GridExperiment.Worst, SequenceSource.Paper) => "paper's worst",
        (GridExperiment.Worst, _) => "DevSim's worst",
        (GridExperiment.RandomDsm or GridExperiment.Coupled, _) => "DevSim's optimum",
        (_, SequenceSource.Paper) => "paper's optimum",
        _ => "DevSim's optimum",
    };

    /// <summary>Rework-aware minus dynamic and minus static, paired by replication, with CIs: differences of a few days stay visible.</summary>
    private static Figure Differences(ReplayResults results, GridExperiment experiment, string what, int replications)
    {
        var comparisons = results.ReworkAwareComparisons(experiment);
        LineSeries Series(string name, int colour, Func<ReworkAwareComparison, GridPoint> other, Func<ReworkAwareComparison, SampleSummary> difference) =>
            new(name, [.. comparisons.Select(c => c.Interarrival)], [.. comparisons.Select(c => difference(c).Mean)],
                [.. comparisons.Select(c => difference(c).Ci95.Lower)], [.. comparisons.Select(c => difference(c).Ci95.Upper)])
            {
                Colour = colour,
                States = [.. comparisons.Select(c => Worse(c.ReworkAware, other(c)))],
            };
        var series = new List<LineSeries>
        {
            Series("rework-aware − dynamic", (int)SequencingPolicy.Dynamic, c => c.Dynamic, c => c.VersusDynamic),
            Series("rework-aware − static", (int)SequencingPolicy.Static, c => c.Static, c => c.VersusStatic),
        };
        return new LineChart($"Rework-aware policy, paired differences in mean duration: {what}", "mean interarrival time (days)",
            "difference in mean duration (days)", series)
        {
            ZeroLine = true,
            Caption = $"Below 0: rework-aware is shorter. Bands: paired 95% CI (Student t) over {replications} replications with common random numbers; " +
                "points where either policy is overloaded are left out.",
        }.Render();
    }

    private static Figure Bars(ReplayResults results, GridExperiment experiment, double interarrival, string title, string yLabel,
        Func<ResourceSummary, SampleSummary> measure, IReadOnlyList<BarReference> references)
    {
        var statics = results.At(experiment, SequenceSource.Paper, SequencingPolicy.Static, interarrival);
        var dynamics = results.At(experiment, SequenceSource.Paper, SequencingPolicy.Dynamic, interarrival);
        var resources = (statics ?? dynamics)?.Result.Resources ?? [];
        var categories = resources.Select((r, i) => ResourceLabels.Of(i, r.Name)).ToList();
        BarSeries Series(string name, GridPoint? p)
        {
            var missing = p is null || p.Overloaded;
            IReadOnlyList<double> Pick(Func<SampleSummary, double> f) =>
                missing ? [.. Enumerable.Repeat(double.NaN, resources.Count)] : [.. p!.Result.Resources.Select(r => f(measure(r)))];
            return new BarSeries(missing ? $"{name} (overloaded: n/a)" : name, Pick(x => x.Mean), Pick(x => x.Ci95.Lower), Pick(x => x.Ci95.Upper));
        }
        var reps = (statics ?? dynamics)?.Result.Options.Replications ?? 0;
        return new BarChart(title, "resource (task number and name)", yLabel, categories, [Series("static", statics), Series("dynamic", dynamics)])
        {
            NonNegative = true,
            References = references,
            Caption = $"Error bars: 95% CI (Student t) over {reps} replications of {results.Settings.Projects:N0} projects; the paper's optimal sequence.",
        }.Render();
    }

    private static Figure DistributionChart(ReplayResults results)
    {
        var (optimal, worst) = results.DurationHistograms;
        var single = results.SingleProject;
        var (o, w) = (single.DevSimOptimal.Evaluation.Duration, single.DevSimWorst.Evaluation.Duration);
        return new HistogramChart("Single-project duration: DevSim's optimal and worst sequences", "project duration (days)", "density",
            optimal.Edges,
            [
                new HistogramSeries($"optimal {string.Join(' ', single.DevSimOptimal.Sequence)}", optimal.Density()),
                new HistogramSeries($"worst {string.Join(' ', single.DevSimWorst.Sequence)}", worst.Density()),
            ])
        {
            Lines =
            [
                new ReferenceLine($"DevSim's optimal mean {o.Mean:0.00}", o.Mean, 0),
                new ReferenceLine($"DevSim's worst mean {w.Mean:0.00}", w.Mean, 1),
                new ReferenceLine(TableThree, PaperResults.OptimalMean, 7),
                new ReferenceLine(TableThree, PaperResults.WorstMean, 7),
            ],
            Caption = $"{o.Count:N0} single-project replications per sequence; the worst's tail is cut at its 99.9th percentile.",
        }.Render();
    }

    private static readonly string TableThree =
        $"{PaperLabel}, Table 3 means: {PaperResults.OptimalMean.ToString(CultureInfo.InvariantCulture)}, {PaperResults.WorstMean.ToString(CultureInfo.InvariantCulture)}";

    private static Figure TimelineChart(ReplayResults results)
    {
        var lanes = results.ResourceNames.Select((n, i) => new GanttLane(ResourceLabels.Of(i, n), results.Timeline.Resources[i].Capacity)).ToList();
        return new GanttChart($"Who holds each resource: {results.Settings.TimelineProjects} projects, {results.Timeline.Options.Policy.Name()} sequencing, interarrival {ChartStyle.Label(results.Timeline.Options.Arrivals.MeanInterarrival)}",
            "time (days)", lanes, TimelineItems.From(results.TimelineRecords)).Render();
    }
}
