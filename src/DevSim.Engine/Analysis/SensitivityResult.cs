using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Analysis;

/// <summary>The result of a coupling sensitivity analysis: which coupling to break first.</summary>
/// <param name="Sequence">The sequence of task ids every run followed.</param>
/// <param name="Reduction">The share by which cells were reduced.</param>
/// <param name="Baseline">The original process's mean duration (over single-project replications, or over replication means).</param>
/// <param name="BaselineOverloaded">Whether the original process's multi-project run was overloaded.</param>
/// <param name="Effects">One per coupling (a cell with RP &gt; 0), ranked: the largest saving from removing it first, ties by row then column.</param>
/// <param name="Simulation">The multi-project settings used, or null for single-project runs.</param>
public sealed record SensitivityResult(IReadOnlyList<int> Sequence, double Reduction, SampleSummary Baseline, bool BaselineOverloaded,
    IReadOnlyList<CouplingEffect> Effects, SimulationOptions? Simulation)
{
    /// <summary>
    /// The original process's steady-state analysis under load (the verdict, its reasons naming the saturated resource, each
    /// resource's offered load with its CI), as <c>devsim simulate</c> gives it; null for single-project runs.
    /// </summary>
    public SteadyState? BaselineSteadyState { get; init; }
}
