using DevSim.Engine.Statistics;

namespace DevSim.Engine.Simulation;

/// <summary>
/// A multi-project simulation's measures: means across replications with 95% CIs, one named property per measure
/// family (docs/architecture.md#results-as-measure-families).
/// </summary>
public sealed record SimulationResult
{
    /// <summary>The settings used.</summary>
    public required SimulationOptions Options { get; init; }

    /// <summary>The sequence of task ids.</summary>
    public required IReadOnlyList<int> Sequence { get; init; }

    /// <summary>Project duration: the mean and CI across replication means (batch means with one replication).</summary>
    public required SampleSummary Duration { get; init; }

    /// <summary>Within-replication sd of durations (root mean of the replications' variances).</summary>
    public required double DurationSd { get; init; }

    /// <summary>The duration percentiles pooled over replications, with their CIs (null with one replication).</summary>
    public required DurationPercentiles Percentiles { get; init; }

    /// <summary>Waiting time per project.</summary>
    public required SampleSummary Waiting { get; init; }

    /// <summary>Rework time per project.</summary>
    public required SampleSummary Rework { get; init; }

    /// <summary>Time-average projects in the system.</summary>
    public required SampleSummary InSystem { get; init; }

    /// <summary>Per resource, in resource order.</summary>
    public required IReadOnlyList<ResourceSummary> Resources { get; init; }

    /// <summary>The saturated resource's name when any replication was overloaded, else null.</summary>
    public string? Unstable { get; init; }

    /// <summary>That resource's estimated offered load (NaN when stable).</summary>
    public double UnstableLoad { get; init; } = double.NaN;

    /// <summary>Events processed over all replications.</summary>
    public long Events { get; init; }

    /// <summary>Each replication's own measures.</summary>
    public required IReadOnlyList<ReplicationResult> Replications { get; init; }

    /// <summary>The steady-state diagnostics and the verdict (issue 17); null only for results built by hand.</summary>
    public SteadyState? SteadyState { get; init; }

    /// <summary>Whether the system was overloaded.</summary>
    public bool IsUnstable => Unstable is not null;
}
