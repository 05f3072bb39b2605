namespace DevSim.Engine.Simulation;

/// <summary>
/// The duration family of one replication (or one sweep cell): the mean, the spread and the percentiles of the
/// durations (completion − arrival) of the projects counted after the warm-up. NaN where too few were counted.
/// </summary>
public sealed record DurationStatistics
{
    /// <summary>Mean duration.</summary>
    public double Mean { get; init; } = double.NaN;

    /// <summary>Standard deviation of the durations (n − 1 denominator); NaN below two projects.</summary>
    public double Sd { get; init; } = double.NaN;

    /// <summary>Median (quantile sketch, within 0.5%; exact for isolated projects).</summary>
    public double P50 { get; init; } = double.NaN;

    /// <summary>90th percentile, the same way.</summary>
    public double P90 { get; init; } = double.NaN;

    /// <summary>99th percentile, the same way.</summary>
    public double P99 { get; init; } = double.NaN;
}
