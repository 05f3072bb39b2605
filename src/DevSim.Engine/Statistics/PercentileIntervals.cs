namespace DevSim.Engine.Statistics;

/// <summary>95% CIs of the duration percentiles, from the spread of each replication's own percentile.</summary>
/// <param name="P50">Of the median.</param>
/// <param name="P90">Of the 90th percentile.</param>
/// <param name="P99">Of the 99th percentile.</param>
public sealed record PercentileIntervals(Interval P50, Interval P90, Interval P99)
{
    /// <summary>
    /// How many projects each replication must count beyond a percentile (n × (1 − q)) for that percentile to
    /// get a CI; the rule of thumb for a normal approximation to a binomial count (n p ≥ 5).
    /// </summary>
    public const int ProjectsBeyond = 5;

    /// <summary>
    /// The CIs (Student t across replications) of p50, p90 and p99 from each replication's sketch. A percentile
    /// that some replication counts fewer than <see cref="ProjectsBeyond"/> projects past gets no CI (NaN
    /// bounds): there a replication's own p90 or p99 is one of its few longest projects, an estimate of another
    /// quantity than the pooled percentile, and an interval around it need not hold the pooled value.
    /// </summary>
    public static PercentileIntervals Across(IReadOnlyList<QuantileSketch> sketches)
    {
        ArgumentNullException.ThrowIfNull(sketches);
        var fewest = sketches.Count == 0 ? 0 : sketches.Min(s => s.Count);
        Interval Of(double q) => fewest * (1 - q) < ProjectsBeyond - 1e-9
            ? new Interval(double.NaN, double.NaN)
            : SampleSummary.From(sketches.Select(k => k.Quantile(q)).Where(double.IsFinite)).Ci95;
        return new PercentileIntervals(Of(0.5), Of(0.9), Of(0.99));
    }
}
