using DevSim.Engine.Randomness;

namespace DevSim.Engine.Simulation;

/// <summary>Deterministic arrivals: one project every <see cref="MeanInterarrival"/> days, the first at 0.</summary>
public sealed class FixedArrivals : IArrivalProcess
{
    /// <summary>Creates the process; <paramref name="interval"/> must be positive and finite.</summary>
    public FixedArrivals(double interval)
    {
        MeanInterarrival = PositiveInterval.Check(interval, nameof(interval));
    }

    /// <inheritdoc />
    public double MeanInterarrival { get; }

    /// <inheritdoc />
    public int? MaxProjects => null;

    /// <inheritdoc />
    public double ArrivalTime(int index, double previous, ref SplitMix64 stream) => index * MeanInterarrival;
}
