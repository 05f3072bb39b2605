using DevSim.Engine.Statistics;

namespace DevSim.Engine.Analysis;

/// <summary>A planner's view of a process: demand per resource, the arrival rates it can take per policy, and where its rework comes from.</summary>
/// <param name="Sequence">The sequence of task ids analysed.</param>
/// <param name="Duration">The single-project duration: mean, sd and 95% CI over replications.</param>
/// <param name="Resources">Per resource, in resource order.</param>
/// <param name="Interarrival">The interarrival time the offered loads refer to, or null.</param>
/// <param name="FirstOrderRework">The first-order rework bound of the sequence (<see cref="Evaluation.ReworkBound.FirstOrder"/>).</param>
/// <param name="TopCouplings">The largest terms of that bound, largest first.</param>
/// <param name="Limits">Per policy asked for, its stability limit.</param>
public sealed record ProcessAnalysisResult(IReadOnlyList<int> Sequence, SampleSummary Duration, IReadOnlyList<ResourceLoad> Resources,
    double? Interarrival, double FirstOrderRework, IReadOnlyList<CouplingTerm> TopCouplings, IReadOnlyList<StabilityLimit> Limits);
