using System.Globalization;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Capacity;

/// <summary>What a duration target bounds: the mean project duration, or one percentile of the durations.</summary>
/// <param name="Percentile">Null for the mean; otherwise the percentile, above 0 and below 100 (90: the 90th percentile).</param>
public readonly record struct DurationMeasure(double? Percentile)
{
    /// <summary>The mean project duration.</summary>
    public static DurationMeasure Mean => new(null);

    /// <summary>"mean duration" or, for example, "p90 duration".</summary>
    public string Name => Percentile is { } p ? $"p{p.ToString("0.##", CultureInfo.InvariantCulture)} duration" : "mean duration";

    /// <summary>One replication's value: its mean duration, or the percentile of its quantile sketch (within 0.5%).</summary>
    /// <exception cref="InvalidOperationException">A percentile is asked of a result built without its sketch.</exception>
    public double Of(ReplicationResult replication)
    {
        ArgumentNullException.ThrowIfNull(replication);
        if (Percentile is not { } p)
            return replication.Duration.Mean;
        var sketch = replication.Diagnostics?.Sketch ?? throw new InvalidOperationException("the replication carries no quantile sketch");
        return sketch.Quantile(p / 100);
    }

    /// <summary>The value over single-project durations: their mean, or the percentile (rank ⌊q(n − 1)⌋ of the sorted values, as the sketch ranks).</summary>
    public double Of(double[] durations)
    {
        ArgumentNullException.ThrowIfNull(durations);
        if (durations.Length == 0)
            return double.NaN;
        if (Percentile is not { } p)
            return durations.Average();
        var sorted = (double[])durations.Clone();
        Array.Sort(sorted);
        return sorted[(long)Math.Floor(p / 100 * (sorted.Length - 1))];
    }
}
