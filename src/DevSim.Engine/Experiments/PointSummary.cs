using DevSim.Engine.Statistics;

namespace DevSim.Engine.Experiments;

/// <summary>A grid point's results across its replications: means with sd and 95% CI of the replication means.</summary>
/// <param name="Point">The grid point.</param>
/// <param name="Replications">Replications summarised.</param>
/// <param name="Duration">Project duration.</param>
/// <param name="DurationP50">Median duration, averaged over replications.</param>
/// <param name="DurationP90">90th percentile, averaged over replications.</param>
/// <param name="DurationP99">99th percentile, averaged over replications.</param>
/// <param name="Waiting">Waiting time per project.</param>
/// <param name="Rework">Rework time per project.</param>
/// <param name="InSystem">Time-average projects in the system.</param>
/// <param name="OverloadedReplications">Replications stopped or flagged as overloaded.</param>
/// <param name="Overloaded">The resource named saturated most often, or null when no replication was overloaded.</param>
/// <param name="Bottleneck">The resource with the highest mean offered load, or null for isolated projects.</param>
/// <param name="BottleneckLoad">Its mean offered load (1 or more: it cannot keep up).</param>
/// <param name="BottleneckUtilization">Its mean utilisation.</param>
public sealed record PointSummary(PlanPoint Point, int Replications, SampleSummary Duration,
    double DurationP50, double DurationP90, double DurationP99, SampleSummary Waiting, SampleSummary Rework, SampleSummary InSystem,
    int OverloadedReplications, string? Overloaded, string? Bottleneck, double BottleneckLoad, double BottleneckUtilization)
{
    /// <summary>Summarises a point's cells (in any order: they are put in replication order first).</summary>
    public static PointSummary From(PlanPoint point, IEnumerable<CellResult> cells)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(cells);
        var reps = cells.OrderBy(c => c.Replication).ToList();
        if (reps.Any(c => c.Point != point.Index))
            throw new ArgumentException($"a cell of another point was given for point {point.Index}", nameof(cells));
        var overloaded = reps.Where(c => c.Overloaded is not null).ToList();
        var named = overloaded.GroupBy(c => c.Overloaded).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault()?.Key;
        string? bottleneck = null;
        double load = double.NaN, utilization = double.NaN;
        var resources = reps.FirstOrDefault()?.Resources.Count ?? 0;
        for (var r = 0; r < resources; r++)
        {
            var meanLoad = FiniteMean.Of(reps.Select(c => c.Resources[r].OfferedLoad));
            if (bottleneck is null || meanLoad > load)
            {
                bottleneck = reps[0].Resources[r].Name;
                load = meanLoad;
                utilization = FiniteMean.Of(reps.Select(c => c.Resources[r].Utilization));
            }
        }
        return new PointSummary(point, reps.Count, SampleSummary.From(reps.Select(c => c.DurationMean)),
            FiniteMean.Of(reps.Select(c => c.DurationP50)), FiniteMean.Of(reps.Select(c => c.DurationP90)), FiniteMean.Of(reps.Select(c => c.DurationP99)),
            SampleSummary.From(reps.Select(c => c.WaitingMean)), SampleSummary.From(reps.Select(c => c.ReworkMean)),
            SampleSummary.From(reps.Select(c => c.InSystemMean)), overloaded.Count, named, bottleneck, load, utilization);
    }
}
