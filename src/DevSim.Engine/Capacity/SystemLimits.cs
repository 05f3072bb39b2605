using DevSim.Engine.Analysis;

namespace DevSim.Engine.Capacity;

/// <summary>Where a system's capacity search starts: what one project alone achieves, and each policy's stability limit.</summary>
/// <param name="Alone">The measure of a project that never waits (single-project replications): no arrival rate does better.</param>
/// <param name="Limits">Per policy asked for, the stability limit (mean interarrival), as <c>devsim analyze</c> finds it.</param>
public sealed record SystemLimits(double Alone, IReadOnlyList<StabilityLimit> Limits)
{
    /// <summary>
    /// Whether some rate can meet the target, when the system judges that itself (a portfolio: every type alone meets its own target);
    /// null to compare <see cref="Alone"/> with the search's target.
    /// </summary>
    public bool? Reachable { get; init; }

    /// <summary>For a portfolio, each type alone (in the portfolio's order), so that an unreachable target names the types out of reach; empty for one process.</summary>
    public IReadOnlyList<TypeAlone> Types { get; init; } = [];
}
