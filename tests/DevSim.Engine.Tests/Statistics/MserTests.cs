using DevSim.Engine.Randomness;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Tests.Statistics;

/// <summary>MSER-5 on bounded batch means, on series whose transient is known.</summary>
public class MserTests
{
    private const int Length = 20_000;

    private static double Normal(ref SplitMix64 rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    /// <summary>10 + A·exp(-t/τ) plus AR(1) noise (φ = 0.5, sd 1): the bias falls below the noise's sd at t = τ·ln A.</summary>
    private static BatchedSeries Series(int seed, double amplitude, double tau)
    {
        var rng = new SplitMix64((ulong)seed);
        var series = new BatchedSeries();
        var noise = 0.0;
        for (var t = 0; t < Length; t++)
        {
            noise = 0.5 * noise + Math.Sqrt(0.75) * Normal(ref rng);
            series.Add(10 + amplitude * Math.Exp(-t / tau) + noise);
        }
        return series;
    }

    private static long Cut(BatchedSeries series)
    {
        var batches = series.Snapshot();
        return (long)Mser.Truncation(batches.Means) * batches.BatchSize;
    }

    [Fact]
    public void BatchedSeries_TwentyThousandObservations_BatchesOfTwentyExactMeans()
    {
        var series = new BatchedSeries();
        for (var i = 0; i < Length; i++)
            series.Add(i);
        // 20,000 / 5 = 4,000 batches: two doublings give 1,000 batches of 20 (fewer than 1,024).
        Assert.Equal(20, series.BatchSize);
        Assert.Equal(1000, series.BatchCount);
        Assert.Equal(9.5, series.Means[0]);
        Assert.Equal(19_989.5, series.Means[999]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Truncation_ExponentialTransient_CutsTheTransientAndLittleMore(int seed)
    {
        // A = 20, τ = 500: the bias exceeds the noise's sd until t = 500·ln 20 ≈ 1,500 and 1% of
        // the mean (0.1) until t = 500·ln 200 ≈ 2,650. Tolerance: the cut lies in [1,000, 4,000].
        var cut = Cut(Series(seed, 20, 500));
        Assert.InRange(cut, 1_000, 4_000);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Truncation_StationarySeries_CutsLittle(int seed)
    {
        // No transient: the cut should stay under 5% of the series (1,000 observations).
        var cut = Cut(Series(seed, 0, 1));
        Assert.InRange(cut, 0, 1_000);
    }

    [Fact]
    public void Truncation_FewerThanFourBatches_IsZero() => Assert.Equal(0, Mser.Truncation([5.0, 1, 1]));
}
