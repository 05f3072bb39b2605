using DevSim.Engine.Statistics;

namespace DevSim.Engine.Simulation;

/// <summary>The measures of one replication. Per-project measures cover the projects after the warm-up.</summary>
/// <param name="Replication">Its number.</param>
/// <param name="ProjectsCounted">Projects finished and counted (after the warm-up).</param>
/// <param name="DurationMean">Mean project duration (completion − arrival).</param>
/// <param name="DurationSd">Standard deviation of the duration.</param>
/// <param name="DurationP50">Median duration (quantile sketch, within 0.5%).</param>
/// <param name="DurationP90">90th percentile (quantile sketch, within 0.5%).</param>
/// <param name="DurationP99">99th percentile (quantile sketch, within 0.5%).</param>
/// <param name="WaitingMean">Mean time a project spends in queues.</param>
/// <param name="ReworkMean">Mean time a project spends on rework executions.</param>
/// <param name="InSystemMean">Time-average number of projects in the system.</param>
/// <param name="Resources">Per resource, in resource order.</param>
/// <param name="Events">Events processed.</param>
/// <param name="Unstable">The saturated resource's index when the run was overloaded, else null.</param>
/// <param name="StoppedEarly">Whether the run stopped because too many projects piled up.</param>
/// <param name="EndTime">The simulated time at which it ended.</param>
public sealed record ReplicationResult(int Replication, long ProjectsCounted, double DurationMean, double DurationSd,
    double DurationP50, double DurationP90, double DurationP99, double WaitingMean, double ReworkMean, double InSystemMean,
    IReadOnlyList<ResourceStatistics> Resources, long Events, int? Unstable, bool StoppedEarly, double EndTime)
{
    /// <summary>The quantile sketch and steady-state diagnostics of this replication (issue 17); null only for results built by hand.</summary>
    public ReplicationDiagnostics? Diagnostics { get; init; }

    /// <summary>Per type and overall, for a portfolio run (<c>devsim portfolio</c>); null for a scenario alone.</summary>
    public PortfolioMeasures? Portfolio { get; init; }
}
