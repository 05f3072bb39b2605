namespace DevSim.Engine.Statistics;

/// <summary>
/// Count, mean and sum of squared deviations of a sample, updated one value at a time (Welford)
/// and combined exactly (Chan, Golub &amp; LeVeque 1979), so per-replication samples pool into one.
/// </summary>
/// <param name="Count">Values seen.</param>
/// <param name="Mean">Their mean; 0 when none.</param>
/// <param name="SquaredDeviations">Σ (x - mean)².</param>
public readonly record struct Moments(long Count, double Mean, double SquaredDeviations)
{
    /// <summary>Sample variance (n - 1 denominator); NaN below two values.</summary>
    public double Variance => Count > 1 ? SquaredDeviations / (Count - 1) : double.NaN;

    /// <summary>This sample with <paramref name="value"/> added.</summary>
    public Moments Add(double value)
    {
        var count = Count + 1;
        var delta = value - Mean;
        var mean = Mean + delta / count;
        return new Moments(count, mean, SquaredDeviations + delta * (value - mean));
    }

    /// <summary>The pooled sample of this and <paramref name="other"/>.</summary>
    public Moments Combine(Moments other)
    {
        if (other.Count == 0)
            return this;
        if (Count == 0)
            return other;
        var count = Count + other.Count;
        var delta = other.Mean - Mean;
        return new Moments(count, Mean + delta * other.Count / count,
            SquaredDeviations + other.SquaredDeviations + delta * delta * Count * other.Count / count);
    }

    /// <summary>The moments of every value multiplied by <paramref name="factor"/>.</summary>
    public Moments Scale(double factor) => new(Count, Mean * factor, SquaredDeviations * factor * factor);

    /// <summary>The mean with its Student-t 95% CI (NaN bounds below two values).</summary>
    public ResourceLoad ToLoad(string name)
    {
        var mean = Count > 0 ? Mean : double.NaN;
        var half = Count > 1 ? MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, Count - 1, 0.975) * Math.Sqrt(Variance / Count) : double.NaN;
        return new ResourceLoad(name, mean, new Interval(mean - half, mean + half));
    }
}
