using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Capacity;

/// <summary>Where K more servers go, greedily, under one policy.</summary>
/// <param name="Policy">The sequencing policy.</param>
/// <param name="Objective">What each step improved.</param>
/// <param name="Steps">The steps in order.</param>
/// <param name="Resources">The resources with the capacities at the end.</param>
public sealed record CapacityPlan(SequencingPolicy Policy, AdditionObjective Objective, IReadOnlyList<AdditionStep> Steps, IReadOnlyList<ResourceDefinition> Resources);
