using DevSim.Engine.Randomness;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Tests.Statistics;

/// <summary>The DDSketch quantiles against sorting.</summary>
public class QuantileSketchTests
{
    private static readonly double[] Levels = [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];

    /// <summary>Twenty seeded streams of four kinds, two of them trending (a queue filling, a drift).</summary>
    public static TheoryData<int> Streams() => [.. Enumerable.Range(1, 20)];

    private static double[] Stream(int seed, int count = 30_000)
    {
        var rng = new SplitMix64((ulong)seed);
        var values = new double[count];
        var wait = 0.0;
        for (var i = 0; i < count; i++)
        {
            var u = 1 - rng.NextDouble();
            values[i] = (seed % 4) switch
            {
                0 => -Math.Log(u) * 30,                                       // exponential
                1 => Math.Exp(3 + 1.5 * Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * rng.NextDouble())), // wide lognormal
                2 => (100 + 5.0 * i) * (0.8 + 0.4 * rng.NextDouble()),       // linear trend, 100 to 150,000
                _ => wait = Math.Max(0, wait - Math.Log(u) * 1.05 + Math.Log(1 - rng.NextDouble())) + 1, // overloaded queue filling
            };
        }
        return values;
    }

    private static double Exact(double[] sorted, double q) => sorted[(int)Math.Floor(q * (sorted.Length - 1))];

    [Theory]
    [MemberData(nameof(Streams))]
    public void Quantile_SeededStream_EveryLevelWithinTheRelativeBound(int seed)
    {
        var values = Stream(seed);
        var sketch = new QuantileSketch();
        foreach (var v in values)
            sketch.Add(v);
        Array.Sort(values);
        foreach (var q in Levels)
        {
            var exact = Exact(values, q);
            var estimate = sketch.Quantile(q);
            Assert.True(Math.Abs(estimate - exact) <= QuantileSketch.RelativeAccuracy * exact * (1 + 1e-9),
                $"stream {seed}, q {q}: sketch {estimate} vs exact {exact}");
        }
    }

    [Theory]
    [MemberData(nameof(Streams))]
    public void Merge_StreamSplitInThree_SameQuantilesAsOneSketch(int seed)
    {
        var values = Stream(seed, 9_000);
        var whole = new QuantileSketch();
        var parts = new[] { new QuantileSketch(), new QuantileSketch(), new QuantileSketch() };
        for (var i = 0; i < values.Length; i++)
        {
            whole.Add(values[i]);
            parts[i * 3 / values.Length].Add(values[i]);
        }
        var merged = new QuantileSketch();
        foreach (var part in parts.Reverse())
            merged.Merge(part);
        Assert.Equal(whole.Count, merged.Count);
        foreach (var q in Levels)
            Assert.Equal(whole.Quantile(q), merged.Quantile(q));
    }

    [Fact]
    public void Quantile_Empty_IsNaN() => Assert.True(double.IsNaN(new QuantileSketch().Quantile(0.5)));

    [Fact]
    public void Quantile_SixEqualValues_IsThatValueAtEveryLevel()
    {
        var sketch = new QuantileSketch();
        for (var i = 0; i < 6; i++)
            sketch.Add(37.5);
        foreach (var q in Levels)
            Assert.Equal(37.5, sketch.Quantile(q));
    }

    [Fact]
    public void Quantile_ZerosAndPositives_ZeroBelowTheirShare()
    {
        var sketch = new QuantileSketch();
        foreach (var v in new[] { 0.0, 0, 0, 10, 20 })
            sketch.Add(v);
        Assert.Equal(0, sketch.Quantile(0.5));
        Assert.Equal(20, sketch.Quantile(1));
    }

    [Fact]
    public void Add_NegativeValue_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new QuantileSketch().Add(-1));

    [Theory]
    [MemberData(nameof(Streams))]
    public void FromBuckets_SeededStreamWithZeros_TheSameSketchBitForBit(int seed)
    {
        var values = Stream(seed, 5_000);
        var sketch = new QuantileSketch();
        for (var i = 0; i < values.Length; i++)
            sketch.Add(i % 97 == 0 ? 0 : values[i]);
        var buckets = sketch.ToBuckets();
        var restored = QuantileSketch.FromBuckets(buckets with { Counts = [.. buckets.Counts] });
        Assert.Equal((sketch.Count, sketch.Min, sketch.Max), (restored.Count, restored.Min, restored.Max));
        // Stored from the first non-empty bucket to the last.
        Assert.NotEqual(0, buckets.Counts[0]);
        Assert.NotEqual(0, buckets.Counts[^1]);
        for (var q = 0.0; q <= 1; q += 0.001)
            Assert.Equal(BitConverter.DoubleToInt64Bits(sketch.Quantile(q)), BitConverter.DoubleToInt64Bits(restored.Quantile(q)));
        // Merging what was read back is merging the original: a merge of stored cells pools exactly.
        var other = new QuantileSketch();
        foreach (var v in Stream(seed + 100, 3_000))
            other.Add(v * 3);
        var direct = new QuantileSketch();
        direct.Merge(sketch);
        direct.Merge(other);
        var stored = new QuantileSketch();
        stored.Merge(restored);
        stored.Merge(QuantileSketch.FromBuckets(other.ToBuckets()));
        foreach (var q in Levels)
            Assert.Equal(BitConverter.DoubleToInt64Bits(direct.Quantile(q)), BitConverter.DoubleToInt64Bits(stored.Quantile(q)));
        // A restored sketch keeps growing like any other.
        restored.Add(sketch.Max * 50);
        Assert.Equal(sketch.Max * 50, restored.Quantile(1));
    }

    [Fact]
    public void FromBuckets_EmptyAndOnlyZeros_RoundTrip()
    {
        var empty = QuantileSketch.FromBuckets(new QuantileSketch().ToBuckets());
        Assert.Equal(0, empty.Count);
        Assert.True(double.IsNaN(empty.Quantile(0.5)));
        var zeros = new QuantileSketch();
        zeros.Add(0);
        zeros.Add(0);
        var buckets = zeros.ToBuckets();
        Assert.Empty(buckets.Counts);
        Assert.Equal(0.0, QuantileSketch.FromBuckets(buckets).Quantile(0.9));
    }

    [Fact]
    public void FromBuckets_ImpossibleBuckets_Throw()
    {
        Assert.Throws<ArgumentException>(() => QuantileSketch.FromBuckets(new SketchBuckets(0, 1, 2, 10, [3, -1])));
        Assert.Throws<ArgumentException>(() => QuantileSketch.FromBuckets(new SketchBuckets(0, 5, 2, 10, [3])));
        Assert.Throws<ArgumentException>(() => QuantileSketch.FromBuckets(new SketchBuckets(0, double.NaN, double.NaN, 10, [3])));
        Assert.Throws<ArgumentException>(() => QuantileSketch.FromBuckets(new SketchBuckets(0, 1, 2, 0, [])));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-5)]
    [InlineData(2_000_000_000)]
    [InlineData(int.MinValue)]
    public void FromBuckets_StartThatDoesNotHoldMinAndMax_Throws(int shift)
    {
        // A start moved off its minimum and maximum misplaced every quantile quietly (each is clamped to them), and one far
        // off overflowed a merge's bucket indices or asked for gigabytes.
        var buckets = Sketch(Stream(7, 1_000)).ToBuckets();
        var moved = buckets with { Start = (int)Math.Clamp((long)buckets.Start + shift, int.MinValue, int.MaxValue) };
        var e = Assert.Throws<ArgumentException>(() => QuantileSketch.FromBuckets(moved));
        Assert.StartsWith("start is ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBuckets_StartOneBucketOff_IsAllowed()
    {
        // Another machine's Math.Log may put a value on a bucket's edge into its neighbour.
        var buckets = Sketch(Stream(8, 1_000)).ToBuckets();
        _ = QuantileSketch.FromBuckets(buckets with { Start = buckets.Start + 1 });
        _ = QuantileSketch.FromBuckets(buckets with { Start = buckets.Start - 1 });
    }

    [Fact]
    public void FromBuckets_ZerosThatDisagreeWithTheMinimum_Throw()
    {
        var buckets = Sketch(Stream(9, 1_000)).ToBuckets();
        Assert.Throws<ArgumentException>(() => QuantileSketch.FromBuckets(buckets with { Zeros = 3 }));
        Assert.Throws<ArgumentException>(() => QuantileSketch.FromBuckets(buckets with { Min = 0 }));
        Assert.Throws<ArgumentException>(() => QuantileSketch.FromBuckets(new SketchBuckets(2, 0, 5, 0, [])));
        _ = QuantileSketch.FromBuckets(buckets with { Zeros = 3, Min = 0 });
    }

    private static QuantileSketch Sketch(double[] values)
    {
        var sketch = new QuantileSketch();
        foreach (var v in values)
            sketch.Add(v);
        return sketch;
    }
}
