namespace DevSim.Engine.Capacity;

/// <summary>What one more server should improve most.</summary>
public enum AdditionObjective
{
    /// <summary>The duration measure at a fixed load (gain: days shorter, paired over replications).</summary>
    Duration,

    /// <summary>The sustainable arrival rate for the target (gain: projects per day more, from the two searches' brackets).</summary>
    Rate,

    /// <summary>
    /// A portfolio's on-time target at a fixed load: the least on-time share over its types (gain: how much that share rises,
    /// paired over replications); the plan stops at the first step whose system meets the target.
    /// </summary>
    OnTime,
}
