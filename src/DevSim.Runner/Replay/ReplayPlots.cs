using DevSim.Engine.Simulation;
using DevSim.Runner.Output;
using DevSim.Runner.Plots;

namespace DevSim.Runner.Replay;

/// <summary>Draws the replay's figures as SVG files in plots/.</summary>
internal static class ReplayPlots
{
    public const string Figure7 = "fig7-duration-mouse.svg";
    public const string Figure8 = "fig8-waiting-mouse.svg";
    public const string Figure9Queues = "fig9-queues-at-13.svg";
    public const string Figure9Utilisation = "fig9-utilisation-at-13.svg";
    public const string Figure10 = "fig10-duration-balanced.svg";
    public const string Figure11 = "fig11-utilisation-balanced.svg";
    public const string WorstStability = "worst-sequence-stability.svg";
    public const string RandomDsm = "rework-aware-random-dsm.svg";
    public const string Coupled = "rework-aware-strongly-coupled.svg";
    public const string Distribution = "single-project-distribution.svg";
    public const string Timeline = "timeline.svg";

    private const int HistogramBins = 60;

    public static IReadOnlyList<string> Write(ReplayResults results, string folder)
    {
        var charts = new Dictionary<string, string>
        {
            [Figure7] = Lines(results, GridExperiment.Mouse, "Figure 7: mean project duration, optical mouse", "mean duration (days)", p => p.Duration),
            [Figure8] = Lines(results, GridExperiment.Mouse, "Figure 8: mean waiting time per project, optical mouse", "mean waiting time (days)", p => p.Waiting),
            [Figure9Queues] = Bars(results, GridExperiment.Mouse, PaperResults.CongestedInterarrival, "Figure 9: projects waiting per resource at interarrival 13",
                "average number of waiting projects", r => r.Queue.Mean),
            [Figure9Utilisation] = Bars(results, GridExperiment.Mouse, PaperResults.CongestedInterarrival, "Utilisation per resource at interarrival 13 (mouse)",
                "utilisation", r => r.Utilization.Mean),
            [Figure10] = Lines(results, GridExperiment.Balanced, "Figure 10: mean project duration, balanced process", "mean duration (days)", p => p.Duration),
            [Figure11] = Bars(results, GridExperiment.Balanced, results.Settings.BalancedUtilisationInterarrival,
                $"Figure 11: utilisation per resource, balanced process, interarrival {ChartFrame.Label(results.Settings.BalancedUtilisationInterarrival)}",
                "utilisation", r => r.Utilization.Mean),
            [WorstStability] = Lines(results, GridExperiment.Worst, "Section 6.2: the worst sequence around its stability limit", "mean duration (days)", p => p.Duration),
            [Distribution] = DistributionChart(results),
            [RandomDsm] = Lines(results, GridExperiment.RandomDsm, "Rework-aware policy: mean project duration, a random DSM (12 tasks)", "mean duration (days)", p => p.Duration),
            [Coupled] = Lines(results, GridExperiment.Coupled, "Rework-aware policy: mean project duration, the strongly coupled process", "mean duration (days)", p => p.Duration),
            [Timeline] = TimelineChart(results),
        };
        var written = new List<string>();
        foreach (var (name, svg) in charts)
        {
            var path = Path.Combine(folder, name);
            AtomicFile.Write(path, writer => writer.Write(svg));
            written.Add(path);
        }
        return written;
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

    private static string Lines(ReplayResults results, GridExperiment experiment, string title, string yLabel, Func<SimulationResult, Engine.Statistics.SampleSummary> measure)
    {
        var series = new List<LineSeries>();
        var regions = new List<ShadedRegion>();
        foreach (var source in new[] { SequenceSource.Paper, SequenceSource.DevSim })
        {
            foreach (var policy in new[] { SequencingPolicy.Static, SequencingPolicy.Dynamic, SequencingPolicy.ReworkAware })
            {
                var curve = results.Curve(experiment, source, policy);
                if (curve.Count == 0)
                    continue;
                // Overloaded points have no steady state: they break the line instead of plotting a huge number.
                double Value(GridPoint p, Func<Engine.Statistics.SampleSummary, double> pick) => p.Overloaded ? double.NaN : pick(measure(p.Result));
                // Bands on the curves the text reads: the paper's sequence, or the only sequence a further process has.
                var primary = source == SequenceSource.Paper || experiment is GridExperiment.RandomDsm or GridExperiment.Coupled;
                series.Add(new LineSeries($"{ReplayData.Policy(policy)}, {SequenceLabel(experiment, source)}",
                    [.. curve.Select(p => p.Interarrival)], [.. curve.Select(p => Value(p, s => s.Mean))],
                    primary ? [.. curve.Select(p => Value(p, s => s.Ci95.Lower))] : null,
                    primary ? [.. curve.Select(p => Value(p, s => s.Ci95.Upper))] : null)
                {
                    Dashed = !primary,
                    Colour = (int)policy,
                });
                if (primary && OverloadedStretch(curve) is { } stretch)
                    regions.Add(new ShadedRegion(stretch.From, stretch.To, $"{ReplayData.Policy(policy)}: overloaded"));
            }
        }
        return new LineChart(title, "mean interarrival time (days)", yLabel, series) { Regions = regions }.Render();
    }

    /// <summary>From the grid's start to halfway past the last overloaded point, or null when none is.</summary>
    private static (double From, double To)? OverloadedStretch(IReadOnlyList<GridPoint> curve)
    {
        var last = curve.Select((p, i) => (p, i)).LastOrDefault(x => x.p.Overloaded);
        if (last.p is null)
            return null;
        var to = last.i + 1 < curve.Count ? (last.p.Interarrival + curve[last.i + 1].Interarrival) / 2 : last.p.Interarrival;
        return (curve[0].Interarrival, to);
    }

    private static string SequenceLabel(GridExperiment experiment, SequenceSource source) => (experiment, source) switch
    {
        (GridExperiment.Worst, SequenceSource.Paper) => "paper's worst",
        (GridExperiment.Worst, _) => "DevSim's worst",
        (_, SequenceSource.Paper) => "paper's optimum",
        _ => "DevSim's optimum",
    };

    private static string Bars(ReplayResults results, GridExperiment experiment, double interarrival, string title, string yLabel,
        Func<ResourceSummary, double> measure)
    {
        var statics = results.At(experiment, SequenceSource.Paper, SequencingPolicy.Static, interarrival);
        var dynamics = results.At(experiment, SequenceSource.Paper, SequencingPolicy.Dynamic, interarrival);
        var resources = (statics ?? dynamics)?.Result.Resources ?? [];
        // Numbered like the paper's figures; the names are in the legend-free data file and the report.
        var categories = resources.Select((_, i) => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        static IReadOnlyList<double> Values(GridPoint? p, Func<ResourceSummary, double> f) =>
            p is null || p.Overloaded ? [.. Enumerable.Repeat(double.NaN, p?.Result.Resources.Count ?? 0)] : [.. p.Result.Resources.Select(f)];
        return new BarChart(title, "resource (task number)", yLabel, categories,
            [new BarSeries("static", Values(statics, measure)), new BarSeries("dynamic", Values(dynamics, measure))]).Render();
    }

    private static string DistributionChart(ReplayResults results)
    {
        var (optimal, worst) = results.DurationHistograms;
        var single = results.SingleProject;
        return new HistogramChart("Single-project duration: DevSim's optimal and worst sequences", "project duration (days)", "density",
            optimal.Edges,
            [
                new HistogramSeries($"optimal, mean {single.DevSimOptimal.Evaluation.Duration.Mean:0.0}", optimal.Density()),
                new HistogramSeries($"worst, mean {single.DevSimWorst.Evaluation.Duration.Mean:0.0}", worst.Density()),
            ]).Render();
    }

    private static string TimelineChart(ReplayResults results)
    {
        var items = TimelinePlot.Items(results.TimelineRecords);
        var lanes = results.ResourceNames.Select((n, i) => $"{i + 1} {n.Replace(" design", "", StringComparison.Ordinal)}").ToList();
        return new GanttChart($"Who holds each resource: {results.Settings.TimelineProjects} projects, dynamic sequencing, interarrival 13",
            "time (days)", lanes, items).Render();
    }
}
