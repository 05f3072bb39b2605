namespace DevSim.Engine.Capacity;

/// <summary>One step of a capacity plan: the server added, its gain, and the resources whose gain it cannot be told from.</summary>
/// <param name="Step">1 for the first server added.</param>
/// <param name="Chosen">The resource that got the server (the largest mean gain; the earlier resource on an exact tie).</param>
/// <param name="Candidates">Every resource's gain at this step, in resource order.</param>
/// <param name="TiedWith">The other resources whose gain is not distinguishable from the chosen one's: the 95% CI of the paired difference
/// holds 0 (duration objective), or the two brackets overlap (rate objective).</param>
/// <param name="BaselineOverloaded">Whether the system before this step is overloaded at the load (its durations never settled).</param>
public sealed record AdditionStep(int Step, ResourceGain Chosen, IReadOnlyList<ResourceGain> Candidates, IReadOnlyList<string> TiedWith, bool BaselineOverloaded);
