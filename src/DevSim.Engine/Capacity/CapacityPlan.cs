using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Capacity;

/// <summary>Where K more servers go, greedily, under one policy.</summary>
/// <param name="Policy">The sequencing policy.</param>
/// <param name="Objective">What each step improved.</param>
/// <param name="Steps">The steps in order.</param>
/// <param name="Resources">The resources with the capacities at the end.</param>
public sealed record CapacityPlan(SequencingPolicy Policy, AdditionObjective Objective, IReadOnlyList<AdditionStep> Steps, IReadOnlyList<ResourceDefinition> Resources)
{
    /// <summary>
    /// <see cref="AdditionObjective.OnTime"/>: after how many steps the system met the on-time target at the load (every type's mean
    /// share at least the target, not overloaded), 0 when it did before any server was added; the plan stops there. Null when it
    /// never did within the steps, and for the other objectives.
    /// </summary>
    public int? TargetMetAfter { get; init; }

    /// <summary><see cref="AdditionObjective.OnTime"/>: the least on-time share over the types with the plan's servers, over replications; null otherwise.</summary>
    public Statistics.SampleSummary? LeastOnTime { get; init; }
}
