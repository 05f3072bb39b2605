namespace DevSim.Engine.Statistics;

/// <summary>The 20 batch means of a single replication's time-weighted measures, for batch-means CIs.</summary>
/// <param name="InSystem">Time-average projects in the system per stretch of the observation window.</param>
/// <param name="Utilization">Per resource, busy fraction per stretch.</param>
/// <param name="Queue">Per resource, time-average queue per stretch.</param>
/// <param name="Wait">Per resource, mean wait per batch of requests.</param>
public sealed record TimeWeightedBatches(IReadOnlyList<double> InSystem, IReadOnlyList<IReadOnlyList<double>> Utilization,
    IReadOnlyList<IReadOnlyList<double>> Queue, IReadOnlyList<IReadOnlyList<double>> Wait);
