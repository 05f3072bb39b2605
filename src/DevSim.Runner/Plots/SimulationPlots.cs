using DevSim.Engine.Simulation;
using DevSim.Runner.Output;

namespace DevSim.Runner.Plots;

/// <summary>
/// The figures of <c>devsim simulate --plot DIR</c>, each with the CSV it is drawn from: the duration
/// histogram of replication 0 (after the warm-up), and per resource the utilisation beside the offered
/// load and the time-average queue, with 95% CIs across replications.
/// </summary>
internal static class SimulationPlots
{
    public const string Histogram = "duration-histogram.svg";
    public const string Utilisation = "utilisation.svg";
    public const string Queue = "queue.svg";
    public const string HistogramData = "duration-histogram.csv";
    public const string ResourceData = "resources.csv";

    private const int Bins = 40;

    /// <summary>
    /// Writes the figures and their CSV files into <paramref name="folder"/>; returns the paths written.
    /// <paramref name="resourceNames"/> are the resources as every figure labels them (<see cref="ResourceLabels"/>).
    /// </summary>
    public static IReadOnlyList<string> Write(string folder, string scenario, SimulationResult result, IReadOnlyList<double> durations,
        IReadOnlyList<string> resourceNames, FigureFormats formats)
    {
        ArgumentNullException.ThrowIfNull(result);
        var written = new List<string>();
        var o = result.Options;
        var what = $"{scenario}, {o.Policy.Name()}, interarrival {ChartStyle.Label(o.Arrivals.MeanInterarrival)}";
        var overloaded = result.IsUnstable ? $" OVERLOADED ({result.Unstable}): no steady state." : "";
        if (durations.Count > 0)
        {
            var sorted = durations.Order().ToArray();
            var low = Math.Floor(sorted[0]);
            var high = Math.Ceiling(sorted[(int)(0.995 * (sorted.Length - 1))]);
            var histogram = Plots.Histogram.Of(durations, low, high > low ? high : low + 1, Bins);
            var density = histogram.Density();
            var csv = Path.Combine(folder, HistogramData);
            CsvTable.Write(csv, ["bin_low", "bin_high", "count", "density"],
                density.Select((d, b) => (IReadOnlyList<object?>)[histogram.Edges[b], histogram.Edges[b + 1], histogram.Counts[b], d]));
            written.Add(csv);
            var chart = new HistogramChart($"Project duration: {what}", "project duration (days)", "density", histogram.Edges,
                [new HistogramSeries($"replication 0, {durations.Count:N0} projects after the warm-up", density)])
            {
                Lines =
                [
                    new ReferenceLine($"mean of replication 0: {durations.Average():0.0}", durations.Average(), 1),
                    new ReferenceLine($"mean over {result.Replications.Count} replications: {result.Duration.Mean:0.0}", result.Duration.Mean, 7),
                ],
                Caption = $"The tail beyond the 99.5th percentile ({high:0}) is cut.{overloaded}",
            };
            written.AddRange(FigureWriter.Write(folder, Histogram, chart.Render(), formats));
        }
        var resources = result.Resources;
        var data = Path.Combine(folder, ResourceData);
        // The JSON's names in snake case; a finite arrival list has no offered load to extrapolate (empty, as the JSON's null).
        var finite = result.SteadyState?.Verdict == Engine.Statistics.Verdict.Finite;
        var loads = result.SteadyState?.Loads;
        CsvTable.Write(data, ["resource", "capacity", "offered_load", "offered_load_ci_low", "offered_load_ci_high", "utilization", "utilization_ci_low",
                "utilization_ci_high", "queue", "queue_ci_low", "queue_ci_high", "wait", "wait_ci_low", "wait_ci_high"],
            resources.Select((r, i) => (IReadOnlyList<object?>)[r.Name, r.Capacity, finite ? null : r.OfferedLoad,
                finite || loads is null ? null : loads[i].Ci95.Lower, finite || loads is null ? null : loads[i].Ci95.Upper,
                r.Utilization.Mean, r.Utilization.Ci95.Lower, r.Utilization.Ci95.Upper, r.Queue.Mean, r.Queue.Ci95.Lower, r.Queue.Ci95.Upper,
                r.Wait.Mean, r.Wait.Ci95.Lower, r.Wait.Ci95.Upper]));
        written.Add(data);
        var caption = $"Error bars: 95% CI (Student t) over {result.Replications.Count} replications of {o.Projects:N0} projects.{overloaded}";
        var names = resourceNames;
        var utilisation = new BarChart($"Utilisation per resource: {what}", "resource", "share of capacity", names,
        [
            new BarSeries("utilisation", [.. resources.Select(r => r.Utilization.Mean)], [.. resources.Select(r => r.Utilization.Ci95.Lower)],
                [.. resources.Select(r => r.Utilization.Ci95.Upper)]),
            new BarSeries("offered load", [.. resources.Select(r => r.OfferedLoad)]),
        ])
        { NonNegative = true, Caption = caption };
        written.AddRange(FigureWriter.Write(folder, Utilisation, utilisation.Render(), formats));
        var queue = new BarChart($"Projects waiting per resource: {what}", "resource", "time-average number waiting", names,
            [new BarSeries("queue", [.. resources.Select(r => r.Queue.Mean)], [.. resources.Select(r => r.Queue.Ci95.Lower)], [.. resources.Select(r => r.Queue.Ci95.Upper)])])
        { NonNegative = true, Caption = caption };
        written.AddRange(FigureWriter.Write(folder, Queue, queue.Render(), formats));
        return written;
    }
}
