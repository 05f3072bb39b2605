using DevSim.Engine.Statistics;

namespace DevSim.Engine.Experiments;

/// <summary>
/// The measures of one cell (one grid point × one replication). Per-project measures cover the
/// projects after the warm-up; for isolated projects waiting is 0 and the queue measures are NaN.
/// </summary>
/// <param name="Cell">The cell's index in the plan.</param>
/// <param name="Point">Its grid point's index.</param>
/// <param name="Replication">Its replication number.</param>
/// <param name="ProjectsCounted">Projects finished and counted.</param>
/// <param name="DurationMean">Mean project duration.</param>
/// <param name="DurationSd">Standard deviation of the duration across projects.</param>
/// <param name="DurationP50">Median duration (quantile sketch, within 0.5%; exact for isolated projects).</param>
/// <param name="DurationP90">90th percentile.</param>
/// <param name="DurationP99">99th percentile.</param>
/// <param name="WaitingMean">Mean time a project spends in queues.</param>
/// <param name="ReworkMean">Mean time a project spends on rework.</param>
/// <param name="InSystemMean">Time-average projects in the system (NaN for isolated projects).</param>
/// <param name="Events">Events processed (0 for isolated projects).</param>
/// <param name="Overloaded">The saturated resource's name when the replication was overloaded, else null.</param>
/// <param name="Resources">Per resource, in the scenario's order (empty for isolated projects).</param>
public sealed record CellResult(int Cell, int Point, int Replication, long ProjectsCounted,
    double DurationMean, double DurationSd, double DurationP50, double DurationP90, double DurationP99,
    double WaitingMean, double ReworkMean, double InSystemMean, long Events, string? Overloaded,
    IReadOnlyList<CellResource> Resources)
{
    /// <summary>The steady-state evidence of a simulated cell; null for isolated projects and cells written before issue 17.</summary>
    public CellDiagnostics? Diagnostics { get; init; }

    /// <summary>
    /// The durations after the warm-up as the replication's quantile sketch, so that a merge pools the
    /// percentiles exactly as <c>simulate</c> does; null for isolated projects and cells written before it was stored.
    /// </summary>
    public SketchBuckets? DurationSketch { get; init; }

    /// <summary>A portfolio cell's measures by type and overall; null for a scenario's cell (its files carry no such key).</summary>
    public CellPortfolio? Portfolio { get; init; }
}
