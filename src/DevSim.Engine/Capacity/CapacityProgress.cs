using DevSim.Engine.Simulation;

namespace DevSim.Engine.Capacity;

/// <summary>Where a capacity search or plan is: reported after each simulation.</summary>
/// <param name="Stage">What is running, in words (for example "static: bisection").</param>
/// <param name="Policy">The policy being searched.</param>
/// <param name="Evaluations">Simulations finished so far in this stage.</param>
/// <param name="Latest">The latest simulation, or null before the first.</param>
public sealed record CapacityProgress(string Stage, SequencingPolicy Policy, int Evaluations, SystemRun? Latest);
