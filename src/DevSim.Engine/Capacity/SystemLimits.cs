using DevSim.Engine.Analysis;

namespace DevSim.Engine.Capacity;

/// <summary>Where a system's capacity search starts: what one project alone achieves, and each policy's stability limit.</summary>
/// <param name="Alone">The measure of a project that never waits (single-project replications): no arrival rate does better.</param>
/// <param name="Limits">Per policy asked for, the stability limit (mean interarrival), as <c>devsim analyze</c> finds it.</param>
public sealed record SystemLimits(double Alone, IReadOnlyList<StabilityLimit> Limits);
