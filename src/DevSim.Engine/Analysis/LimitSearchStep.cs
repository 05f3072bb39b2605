using DevSim.Engine.Simulation;

namespace DevSim.Engine.Analysis;

/// <summary>One simulation of a stability-limit search about to run, for a host to show how far the search has come.</summary>
/// <param name="Policy">The policy whose limit is sought.</param>
/// <param name="Simulation">Which simulation of this search it is (1 for the first).</param>
/// <param name="Interarrival">The interarrival time it simulates.</param>
/// <param name="Lower">The longest interarrival time found overloaded so far (the floor before any).</param>
/// <param name="Upper">The shortest found not overloaded so far; +infinity before any.</param>
public sealed record LimitSearchStep(SequencingPolicy Policy, int Simulation, double Interarrival, double Lower, double Upper);
