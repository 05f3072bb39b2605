using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Experiments;

/// <summary>
/// The measures of one cell (one grid point × one replication), one named property per measure family as a
/// replication has them (docs/architecture.md#results-as-measure-families). Per-project measures cover the projects
/// after the warm-up; for isolated projects waiting is 0 and the queue measures are NaN.
/// </summary>
public sealed record CellResult
{
    /// <summary>The cell's index in the plan.</summary>
    public required int Cell { get; init; }

    /// <summary>Its grid point's index.</summary>
    public required int Point { get; init; }

    /// <summary>Its replication number.</summary>
    public required int Replication { get; init; }

    /// <summary>Projects finished and counted.</summary>
    public required long ProjectsCounted { get; init; }

    /// <summary>Project duration: mean, sd across projects and percentiles (exact for isolated projects).</summary>
    public required DurationStatistics Duration { get; init; }

    /// <summary>Mean time a project spends in queues.</summary>
    public required double Waiting { get; init; }

    /// <summary>Mean time a project spends on rework.</summary>
    public required double Rework { get; init; }

    /// <summary>Time-average projects in the system (NaN for isolated projects).</summary>
    public required double InSystem { get; init; }

    /// <summary>Events processed (0 for isolated projects).</summary>
    public long Events { get; init; }

    /// <summary>The saturated resource's name when the replication was overloaded, else null.</summary>
    public string? Overloaded { get; init; }

    /// <summary>Per resource, in the scenario's order (empty for isolated projects).</summary>
    public IReadOnlyList<CellResource> Resources { get; init; } = [];

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
