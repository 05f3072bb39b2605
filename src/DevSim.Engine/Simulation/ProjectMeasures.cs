using DevSim.Engine.Statistics;

namespace DevSim.Engine.Simulation;

/// <summary>
/// The per-project measures of one group of projects (one type, or all) in one replication, after
/// the warm-up (docs/model.md#portfolio-measures). NaN when no project of the group was counted.
/// </summary>
public sealed record ProjectMeasures
{
    /// <summary>Projects finished and counted.</summary>
    public long Counted { get; init; }

    /// <summary>Mean duration (completion − arrival, backlog included).</summary>
    public double Duration { get; init; } = double.NaN;

    /// <summary>Standard deviation of the duration.</summary>
    public double DurationSd { get; init; } = double.NaN;

    /// <summary>Mean time waiting at resources.</summary>
    public double Waiting { get; init; } = double.NaN;

    /// <summary>Mean time in the WIP backlog before admission.</summary>
    public double BacklogWait { get; init; } = double.NaN;

    /// <summary>Mean time on rework executions.</summary>
    public double Rework { get; init; } = double.NaN;

    /// <summary>Mean tardiness (completion after the due date, else 0); NaN when the group has no due dates.</summary>
    public double Tardiness { get; init; } = double.NaN;

    /// <summary>The share of projects finished by their due date; NaN when the group has no due dates.</summary>
    public double OnTime { get; init; } = double.NaN;

    /// <summary>The durations' quantile sketch, for percentiles pooled over replications.</summary>
    public QuantileSketch? Sketch { get; init; }
}
