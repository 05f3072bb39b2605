using System.Globalization;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Analysis;

/// <summary>
/// A stability search found no interarrival time at which the system keeps up: every simulation, up to
/// <see cref="Interarrival"/>, was overloaded. That follows from the settings (a projects-in-system limit so
/// low that every replication stops) or from the process (rework that grows without end), not from a bug.
/// </summary>
public sealed class StabilityNotFoundException : Exception
{
    /// <summary>Creates the exception for <paramref name="policy"/>, still overloaded at <paramref name="interarrival"/>.</summary>
    /// <param name="policy">The policy searched.</param>
    /// <param name="interarrival">The largest interarrival time simulated.</param>
    /// <param name="stoppedAtProjectLimit">Whether every replication there stopped at the projects-in-system limit.</param>
    /// <param name="maxProjectsInSystem">That limit.</param>
    public StabilityNotFoundException(SequencingPolicy policy, double interarrival, bool stoppedAtProjectLimit, int maxProjectsInSystem)
        : base($"{policy.Name()}: still overloaded at interarrival {interarrival.ToString("G6", CultureInfo.InvariantCulture)}" +
            (stoppedAtProjectLimit ? $": every replication passed {maxProjectsInSystem.ToString("N0", CultureInfo.InvariantCulture)} projects in the system" : ""))
    {
        Policy = policy;
        Interarrival = interarrival;
        StoppedAtProjectLimit = stoppedAtProjectLimit;
        MaxProjectsInSystem = maxProjectsInSystem;
    }

    /// <summary>Creates the exception with a message.</summary>
    public StabilityNotFoundException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public StabilityNotFoundException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with no details.</summary>
    public StabilityNotFoundException() { }

    /// <summary>The policy searched.</summary>
    public SequencingPolicy Policy { get; }

    /// <summary>The largest interarrival time simulated, still overloaded.</summary>
    public double Interarrival { get; }

    /// <summary>Whether every replication at <see cref="Interarrival"/> stopped at the projects-in-system limit.</summary>
    public bool StoppedAtProjectLimit { get; }

    /// <summary>The projects-in-system limit of the simulations.</summary>
    public int MaxProjectsInSystem { get; }
}
