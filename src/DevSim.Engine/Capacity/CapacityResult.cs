namespace DevSim.Engine.Capacity;

/// <summary>What a <see cref="CapacitySearch"/> found.</summary>
/// <param name="Target">The target, in days.</param>
/// <param name="Measure">What it bounds.</param>
/// <param name="Alone">The measure of one project alone (no rate does better).</param>
/// <param name="Rates">Per policy, in the order asked.</param>
public sealed record CapacityResult(double Target, DurationMeasure Measure, double Alone, IReadOnlyList<SustainableRate> Rates)
{
    /// <summary>For a portfolio, each type alone (<see cref="SystemLimits.Types"/>): which types make the target unreachable; empty for one process.</summary>
    public IReadOnlyList<TypeAlone> Types { get; init; } = [];
}
