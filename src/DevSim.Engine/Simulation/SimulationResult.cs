using DevSim.Engine.Statistics;

namespace DevSim.Engine.Simulation;

/// <summary>A multi-project simulation's measures: means across replications with 95% CIs.</summary>
/// <param name="Options">The settings used.</param>
/// <param name="Sequence">The sequence of task ids.</param>
/// <param name="Duration">Project duration: the mean and CI across replication means (batch means with one replication).</param>
/// <param name="DurationSd">Within-replication sd of durations (root mean of the replications' variances).</param>
/// <param name="DurationP50">Median of the durations of every replication's projects after the warm-up, pooled (quantile sketch, within 0.5%).</param>
/// <param name="DurationP90">90th percentile, pooled the same way.</param>
/// <param name="DurationP99">99th percentile, pooled the same way.</param>
/// <param name="Waiting">Waiting time per project.</param>
/// <param name="Rework">Rework time per project.</param>
/// <param name="InSystem">Time-average projects in the system.</param>
/// <param name="Resources">Per resource, in resource order.</param>
/// <param name="Unstable">The saturated resource's name when any replication was overloaded, else null.</param>
/// <param name="UnstableLoad">That resource's estimated offered load (NaN when stable).</param>
/// <param name="Events">Events processed over all replications.</param>
/// <param name="Replications">Each replication's own measures.</param>
public sealed record SimulationResult(SimulationOptions Options, IReadOnlyList<int> Sequence,
    SampleSummary Duration, double DurationSd, double DurationP50, double DurationP90, double DurationP99,
    SampleSummary Waiting, SampleSummary Rework, SampleSummary InSystem,
    IReadOnlyList<ResourceSummary> Resources, string? Unstable, double UnstableLoad, long Events,
    IReadOnlyList<ReplicationResult> Replications)
{
    /// <summary>95% CIs of <see cref="DurationP50"/>, <see cref="DurationP90"/> and <see cref="DurationP99"/> across replications; null with one replication.</summary>
    public PercentileIntervals? PercentileCi95 { get; init; }

    /// <summary>The steady-state diagnostics and the verdict (issue 17); null only for results built by hand.</summary>
    public SteadyState? SteadyState { get; init; }

    /// <summary>Whether the system was overloaded.</summary>
    public bool IsUnstable => Unstable is not null;
}
