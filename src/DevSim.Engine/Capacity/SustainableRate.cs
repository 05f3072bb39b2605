using DevSim.Engine.Analysis;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Capacity;

/// <summary>
/// The highest arrival rate at which a policy's system keeps its measure within the target, as a bracket: the measure is
/// met at <see cref="LowerRate"/> and missed at <see cref="UpperRate"/>.
/// </summary>
/// <param name="Policy">The sequencing policy.</param>
/// <param name="LowerRate">Projects per day at which the target is met (0 when none was found).</param>
/// <param name="UpperRate">Projects per day at which it is missed (at first the stability limit, where the measure has no bound).</param>
/// <param name="AtLower">The simulation at <paramref name="LowerRate"/>, or null when none met the target.</param>
/// <param name="AtUpper">The simulation at <paramref name="UpperRate"/>, or null while it is still the stability limit (not simulated: overloaded by definition).</param>
/// <param name="StoppedBecause">Why the search stopped.</param>
/// <param name="Limit">The stability limit the search started from.</param>
/// <param name="Points">Every simulation of the search, in the order run.</param>
public sealed record SustainableRate(SequencingPolicy Policy, double LowerRate, double UpperRate, SystemRun? AtLower, SystemRun? AtUpper,
    CapacityStop StoppedBecause, StabilityLimit Limit, IReadOnlyList<SystemRun> Points)
{
    /// <summary>Simulations run by the search (the stability limit's not counted).</summary>
    public int Evaluations => Points.Count;

    /// <summary>The mean interarrival at which the target is missed: 1 / <see cref="UpperRate"/>.</summary>
    public double LowerInterarrival => 1 / UpperRate;

    /// <summary>The mean interarrival at which it is met: 1 / <see cref="LowerRate"/> (infinite when none is).</summary>
    public double UpperInterarrival => LowerRate > 0 ? 1 / LowerRate : double.PositiveInfinity;

    /// <summary>The middle of the bracket, projects per day.</summary>
    public double Estimate => (LowerRate + UpperRate) / 2;
}
