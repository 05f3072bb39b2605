using DevSim.Engine.Statistics;

namespace DevSim.Engine.Capacity;

/// <summary>One simulation of a system at one arrival rate: the measure per replication and its summary.</summary>
/// <param name="Rate">Projects arriving per day (all types together).</param>
/// <param name="Values">The measure of each replication, in replication order (the pairs of a paired comparison).</param>
/// <param name="Measure">Their mean and Student-t 95% CI over replications.</param>
/// <param name="Overloaded">Whether the statistics' verdict is overloaded (a load CI above 1, or a replication stopped): the measure then describes runs that never settled.</param>
/// <param name="Saturated">The saturated resource when overloaded, else null.</param>
/// <param name="Types">For a portfolio, every type's measure against its own target: the run then meets the target when every type
/// meets its own, and <paramref name="Measure"/> (all types together) is what a capacity plan's duration objective compares; null for one process.</param>
public sealed record SystemRun(double Rate, IReadOnlyList<double> Values, SampleSummary Measure, bool Overloaded, string? Saturated,
    IReadOnlyList<TypeRun>? Types = null)
{
    /// <summary>
    /// Each replication's mean rework per project in days (all types together), in replication order like <see cref="Values"/>:
    /// what a capacity plan reports beside a candidate's gain, since a server that changes the order tasks run in changes the
    /// rework (docs/model.md#when-a-server-more-makes-projects-longer). Null when the system does not give it.
    /// </summary>
    public IReadOnlyList<double>? Rework { get; init; }

    /// <summary>
    /// For a portfolio under an on-time target, each replication's least on-time share over the types (types that finished no project
    /// there left out; NaN when none did), in replication order like <see cref="Values"/>: what the on-time objective of a capacity
    /// plan pairs. Null otherwise.
    /// </summary>
    public IReadOnlyList<double>? LeastOnTime { get; init; }

    /// <summary>The mean interarrival time, 1 / <see cref="Rate"/>, in days.</summary>
    public double Interarrival => 1 / Rate;

    /// <summary>
    /// Whether the run meets <paramref name="target"/>: not overloaded, and the measure's mean at most the target; for a portfolio
    /// (<see cref="Types"/> given) every type meets its own target and <paramref name="target"/> is not read.
    /// </summary>
    public bool Meets(double target) => !Overloaded && (Types is null ? Measure.Mean <= target : Types.All(t => t.Meets));

    /// <summary>
    /// Whether more replications could move the verdict (never for an overloaded run): the measure's 95% CI holds <paramref name="target"/>;
    /// for a portfolio, when it meets, some type's CI holds its target, and when it misses, every type that misses has its target in its CI.
    /// </summary>
    public bool Straddles(double target)
    {
        if (Overloaded)
            return false;
        if (Types is null)
            return Measure.Ci95.Contains(target);
        return Meets(target) ? Types.Any(t => t.Straddles) : Types.Where(t => !t.Meets).All(t => t.Straddles);
    }

    /// <summary>For a portfolio, the type closest to missing its target (or furthest past it); null for one process.</summary>
    public TypeRun? Binding => Types?.MinBy(t => t.Slack);
}
