namespace DevSim.Engine.Statistics;

/// <summary>
/// The duration percentiles family across replications: the 50th, 90th and 99th percentiles of the durations of every
/// replication's projects after the warm-up, pooled (quantile sketches merged in replication order, within 0.5%), with
/// their 95% CIs across the replications' own percentiles. One record for a scenario's run, each portfolio type, all
/// projects, and a sweep's grid point (docs/architecture.md#results-as-measure-families).
/// </summary>
public sealed record DurationPercentiles
{
    /// <summary>Median duration; NaN when no project was counted.</summary>
    public double P50 { get; init; } = double.NaN;

    /// <summary>90th percentile.</summary>
    public double P90 { get; init; } = double.NaN;

    /// <summary>99th percentile.</summary>
    public double P99 { get; init; } = double.NaN;

    /// <summary>Their 95% CIs across replications; null with one replication or where not computed.</summary>
    public PercentileIntervals? Ci95 { get; init; }

    /// <summary>The percentiles of <paramref name="pooled"/> (NaN when it is empty), with <paramref name="ci95"/>.</summary>
    public static DurationPercentiles Of(QuantileSketch pooled, PercentileIntervals? ci95 = null)
    {
        ArgumentNullException.ThrowIfNull(pooled);
        return new DurationPercentiles { P50 = pooled.Quantile(0.5), P90 = pooled.Quantile(0.9), P99 = pooled.Quantile(0.99), Ci95 = ci95 };
    }
}
