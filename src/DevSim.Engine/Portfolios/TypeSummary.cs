using DevSim.Engine.Statistics;

namespace DevSim.Engine.Portfolios;

/// <summary>
/// One group's measures (a type, or all projects) across replications (docs/model.md#portfolio-measures):
/// each a mean with its 95% CI across the replications' means, duration percentiles pooled.
/// </summary>
public sealed record TypeSummary
{
    /// <summary>The type's name, or "overall".</summary>
    public required string Name { get; init; }

    /// <summary>Projects counted, all replications together.</summary>
    public long Counted { get; init; }

    /// <summary>Duration (completion − arrival).</summary>
    public SampleSummary Duration { get; init; }

    /// <summary>Waiting at resources.</summary>
    public SampleSummary Waiting { get; init; }

    /// <summary>Waiting in the WIP backlog.</summary>
    public SampleSummary BacklogWait { get; init; }

    /// <summary>Time on rework.</summary>
    public SampleSummary Rework { get; init; }

    /// <summary>Tardiness (0 when on time); NaN without due dates.</summary>
    public SampleSummary Tardiness { get; init; }

    /// <summary>The share of projects on time; NaN without due dates.</summary>
    public SampleSummary OnTime { get; init; }

    /// <summary>The duration percentiles pooled over replications (quantile sketch, within 0.5%); no CIs.</summary>
    public DurationPercentiles Percentiles { get; init; } = new();
}
