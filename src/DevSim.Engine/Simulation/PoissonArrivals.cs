using DevSim.Engine.Randomness;

namespace DevSim.Engine.Simulation;

/// <summary>Exponential interarrival times with the given mean: DevSim's reading of the paper's "average interval" (docs/model.md#decision-poisson-arrivals).</summary>
public sealed class PoissonArrivals : IArrivalProcess
{
    /// <summary>Creates the process; <paramref name="meanInterarrival"/> must be positive and finite.</summary>
    public PoissonArrivals(double meanInterarrival)
    {
        MeanInterarrival = PositiveInterval.Check(meanInterarrival, nameof(meanInterarrival));
    }

    /// <inheritdoc />
    public double MeanInterarrival { get; }

    /// <inheritdoc />
    public int? MaxProjects => null;

    /// <summary>The first project arrives at 0; each later one an Exp(mean) time after the previous.</summary>
    public double ArrivalTime(int index, double previous, ref SplitMix64 stream) =>
        index == 0 ? 0 : previous - MeanInterarrival * Math.Log(1 - stream.NextDouble());
}
