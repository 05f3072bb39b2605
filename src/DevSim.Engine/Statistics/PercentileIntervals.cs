namespace DevSim.Engine.Statistics;

/// <summary>95% CIs of the duration percentiles, from the spread of each replication's own percentile.</summary>
/// <param name="P50">Of the median.</param>
/// <param name="P90">Of the 90th percentile.</param>
/// <param name="P99">Of the 99th percentile.</param>
public sealed record PercentileIntervals(Interval P50, Interval P90, Interval P99);
