using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Simulation;

/// <summary>One point of an experiment grid: a scenario and the settings to simulate it with.</summary>
/// <param name="Scenario">The process.</param>
/// <param name="Options">The settings; their <see cref="SimulationOptions.MaxDegreeOfParallelism"/> is ignored in a batch.</param>
public sealed record SimulationJob(Scenario Scenario, SimulationOptions Options);
