using DevSim.Engine.Randomness;

namespace DevSim.Engine.Simulation;

/// <summary>When projects arrive (docs/model.md#arrivals).</summary>
public interface IArrivalProcess
{
    /// <summary>The mean time between arrivals, in days (for offered-load estimates).</summary>
    double MeanInterarrival { get; }

    /// <summary>The most projects this process can deliver (a trace's length), or null for unbounded.</summary>
    int? MaxProjects { get; }

    /// <summary>The arrival time of project <paramref name="index"/> (0-based), given the previous arrival time.</summary>
    /// <param name="index">The project's number.</param>
    /// <param name="previous">The previous project's arrival time (unused for the first).</param>
    /// <param name="stream">The arrival stream of this replication.</param>
    double ArrivalTime(int index, double previous, ref SplitMix64 stream);
}
