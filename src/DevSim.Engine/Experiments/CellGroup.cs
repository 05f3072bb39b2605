using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Experiments;

/// <summary>
/// One group's measures (a portfolio type, or all projects) in one cell, after the warm-up: what a merge needs to give
/// the same per-type means, CIs and pooled percentiles as <c>devsim portfolio</c>. NaN where the group counted no project
/// (tardiness and on-time share also NaN without due dates).
/// </summary>
/// <param name="Name">The type's name, or "overall".</param>
/// <param name="Counted">Projects finished and counted.</param>
/// <param name="Duration">Mean duration (completion − arrival, backlog included).</param>
/// <param name="DurationSd">Standard deviation of the duration.</param>
/// <param name="Waiting">Mean waiting at resources.</param>
/// <param name="BacklogWait">Mean wait in the WIP backlog.</param>
/// <param name="Rework">Mean time on rework.</param>
/// <param name="Tardiness">Mean tardiness.</param>
/// <param name="OnTime">Share of projects on time.</param>
/// <param name="Sketch">The durations' quantile sketch, or null when no project was counted.</param>
public sealed record CellGroup(string Name, long Counted, double Duration, double DurationSd, double Waiting, double BacklogWait,
    double Rework, double Tardiness, double OnTime, SketchBuckets? Sketch)
{
    /// <summary>The group's measures as one replication of a portfolio run reports them.</summary>
    public static CellGroup Of(string name, ProjectMeasures m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new CellGroup(name, m.Counted, m.Duration, m.DurationSd, m.Waiting, m.BacklogWait, m.Rework, m.Tardiness, m.OnTime, m.Sketch?.ToBuckets());
    }

    /// <summary>Back to a replication's measures (the sketch read back identical), for the summaries <c>devsim portfolio</c> makes.</summary>
    public ProjectMeasures ToMeasures() => new()
    {
        Counted = Counted,
        Duration = Duration,
        DurationSd = DurationSd,
        Waiting = Waiting,
        BacklogWait = BacklogWait,
        Rework = Rework,
        Tardiness = Tardiness,
        OnTime = OnTime,
        Sketch = Sketch is null ? null : QuantileSketch.FromBuckets(Sketch),
    };
}
