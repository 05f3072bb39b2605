using DevSim.Engine.Statistics;

namespace DevSim.Engine.Simulation;

/// <summary>
/// The measures of one replication, one named property per measure family (docs/architecture.md#results-as-measure-families).
/// Per-project measures cover the projects after the warm-up; the time-weighted ones the observation window.
/// </summary>
public sealed record ReplicationResult
{
    /// <summary>Its number.</summary>
    public required int Replication { get; init; }

    /// <summary>Projects finished and counted (after the warm-up).</summary>
    public required long ProjectsCounted { get; init; }

    /// <summary>Project duration (completion − arrival): mean, sd and percentiles.</summary>
    public required DurationStatistics Duration { get; init; }

    /// <summary>Mean time a project spends in queues.</summary>
    public required double Waiting { get; init; }

    /// <summary>Mean time a project spends on rework executions.</summary>
    public required double Rework { get; init; }

    /// <summary>Time-average number of projects in the system.</summary>
    public required double InSystem { get; init; }

    /// <summary>Per resource, in resource order.</summary>
    public required IReadOnlyList<ResourceStatistics> Resources { get; init; }

    /// <summary>Events processed.</summary>
    public required long Events { get; init; }

    /// <summary>The saturated resource's index when the run was overloaded, else null.</summary>
    public int? Unstable { get; init; }

    /// <summary>Whether the run stopped because too many projects piled up.</summary>
    public bool StoppedEarly { get; init; }

    /// <summary>The simulated time at which it ended.</summary>
    public double EndTime { get; init; }

    /// <summary>The quantile sketch and steady-state diagnostics of this replication (issue 17); null only for results built by hand.</summary>
    public ReplicationDiagnostics? Diagnostics { get; init; }

    /// <summary>Per type and overall, for a portfolio run (<c>devsim portfolio</c>); null for a scenario alone.</summary>
    public PortfolioMeasures? Portfolio { get; init; }
}
