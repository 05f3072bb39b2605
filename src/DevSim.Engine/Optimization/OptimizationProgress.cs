namespace DevSim.Engine.Optimization;

/// <summary>Where a search is, for progress bars.</summary>
/// <param name="Stage">What it is doing ("generation", "first pass", "round 2", ...).</param>
/// <param name="Done">Units of the stage done.</param>
/// <param name="Total">Units in the stage (0 when unknown).</param>
/// <param name="Best">Best selection estimate so far.</param>
/// <param name="Evaluations">Sequence evaluations so far.</param>
public readonly record struct OptimizationProgress(string Stage, long Done, long Total, double Best, long Evaluations);
