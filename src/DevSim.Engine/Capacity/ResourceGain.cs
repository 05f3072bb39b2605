using DevSim.Engine.Statistics;

namespace DevSim.Engine.Capacity;

/// <summary>What one more server at one resource gains at one step of a plan.</summary>
/// <param name="Resource">The resource's index.</param>
/// <param name="Name">Its name.</param>
/// <param name="Capacity">Its capacity with the server added.</param>
/// <param name="Mean">The gain: for the duration objective, days by which the measure shrinks (the mean of paired differences over replications);
/// for the rate objective, projects per day gained (the difference of the two brackets' middles).</param>
/// <param name="Ci95">For the duration objective the Student-t 95% CI of the paired differences; for the rate objective the interval the two brackets allow.</param>
/// <param name="Overloaded">Whether the changed system is overloaded at the load (duration objective).</param>
public sealed record ResourceGain(int Resource, string Name, int Capacity, double Mean, Interval Ci95, bool Overloaded)
{
    /// <summary>
    /// Duration objective: the changed system's mean rework per project in days, its mean and Student-t 95% CI over
    /// replications; null for the rate objective (no one load to measure it at).
    /// </summary>
    public SampleSummary? Rework { get; init; }

    /// <summary>
    /// Duration objective: how much more rework per project the server brings (after minus before, so positive is more),
    /// paired replication by replication as the gain is, with the Student-t 95% CI of the differences; null for the rate objective.
    /// </summary>
    public SampleSummary? ReworkChange { get; init; }
}
