using DevSim.Engine.Statistics;

namespace DevSim.Engine.Optimization;

/// <summary>What a sequence search found.</summary>
/// <param name="Method">"ga" or "exhaustive".</param>
/// <param name="Objective">Minimise (optimal) or maximise (worst).</param>
/// <param name="Best">The winner, valued on fresh replications.</param>
/// <param name="Top">The leaders in selection order (the winner first), each valued on fresh replications.</param>
/// <param name="Evaluations">Sequence evaluations made during the search (each a mean over its replications).</param>
/// <param name="ReplicationsSimulated">Single-project replications simulated in all.</param>
/// <param name="Generations">Generations run (GA), else null.</param>
/// <param name="StopReason">Why the search ended.</param>
/// <param name="RunnerUpDifference">Exhaustive: the paired 95% CI of (runner-up − best) on the final replications, else null.</param>
/// <param name="Separated">Exhaustive: whether that CI excludes 0 (the best is certified), else null.</param>
public sealed record OptimizationResult(string Method, Objective Objective, RankedSequence Best, IReadOnlyList<RankedSequence> Top,
    long Evaluations, long ReplicationsSimulated, int? Generations, string StopReason, Interval? RunnerUpDifference, bool? Separated)
{
    /// <summary>
    /// Exhaustive search of a process with precedence constraints: how many of the n! orders respect them (the
    /// sequences evaluated in the first pass); null otherwise.
    /// </summary>
    public long? SequencesRespectingPrecedence { get; init; }
}
