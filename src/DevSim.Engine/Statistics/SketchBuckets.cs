namespace DevSim.Engine.Statistics;

/// <summary>
/// A <see cref="QuantileSketch"/> in a form that can be stored (a sweep's cell file) and read back
/// into an identical sketch: its buckets from the first non-empty one to the last, the values
/// counted as zero, and the smallest and largest value.
/// </summary>
/// <param name="Zeros">Values at or below <see cref="QuantileSketch.MinIndexable"/>.</param>
/// <param name="Min">The smallest value added; NaN when empty.</param>
/// <param name="Max">The largest value added; NaN when empty.</param>
/// <param name="Start">The bucket index of <paramref name="Counts"/>[0] (bucket i counts values in (γ^(i-1), γ^i]).</param>
/// <param name="Counts">The counts of buckets Start, Start + 1, ..., through the last non-empty one; empty when no value is above zero.</param>
public sealed record SketchBuckets(long Zeros, double Min, double Max, int Start, IReadOnlyList<long> Counts)
{
    /// <summary>Values counted (a method, so that it is not stored beside the counts it sums).</summary>
    public long CountValues() => Zeros + Counts.Sum();
}
