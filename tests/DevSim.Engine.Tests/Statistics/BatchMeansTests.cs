using DevSim.Engine.Randomness;
using DevSim.Engine.Statistics;
using Xunit.Abstractions;

namespace DevSim.Engine.Tests.Statistics;

/// <summary>Batch-means CIs and the trend test on queues whose answers are known.</summary>
public class BatchMeansTests(ITestOutputHelper output)
{
    /// <summary>
    /// The sojourn times of an M/M/1 queue (λ, μ = 1) by Lindley's recursion, customer by customer,
    /// starting empty: W(n+1) = max(0, W(n) + S(n) - A(n+1)), sojourn W(n) + S(n).
    /// </summary>
    private static BatchedSeries MM1(ulong seed, double lambda, int customers)
    {
        var rng = new SplitMix64(seed);
        var series = new BatchedSeries();
        var wait = 0.0;
        for (var i = 0; i < customers; i++)
        {
            var service = -Math.Log(1 - rng.NextDouble());
            series.Add(wait + service);
            wait = Math.Max(0, wait + service + Math.Log(1 - rng.NextDouble()) / lambda);
        }
        return series;
    }

    [Fact]
    public void Regroup_TwentyGroups_DropsTheRemainderNearTheWarmup()
    {
        var means = new BatchMeans(5, [.. Enumerable.Range(0, 45).Select(i => (double)i)]);
        // Skip 10 observations = 2 batches; 43 remain: 20 groups of 2, the first 3 dropped.
        var groups = means.Regroup(10, 20);
        Assert.Equal(20, groups.Length);
        Assert.Equal(5.5, groups[0]);
        Assert.Equal(43.5, groups[19]);
    }

    [Fact]
    public void BatchMeansCi_MM1AtHalfLoad_CoversTheMeanSojournInAtLeast90PercentOf200Runs()
    {
        // λ = 0.5, μ = 1: mean sojourn 1/(μ - λ) = 2. 20,000 customers, warm-up 2,000, 20 batches.
        const double expected = 2;
        var covered = 0;
        for (var run = 0; run < 200; run++)
        {
            var series = MM1((ulong)(1000 + run), 0.5, 20_000).Snapshot();
            var ci = SampleSummary.From(series.Regroup(2_000, 20)).Ci95;
            if (ci.Contains(expected))
                covered++;
        }
        output.WriteLine($"batch-means 95% CIs (20 batches) covering the M/M/1 mean sojourn 2: {covered} of 200");
        Assert.True(covered >= 180, $"covered {covered} of 200");
    }

    [Fact]
    public void Trend_MM1Overloaded_SignificantAndPositive()
    {
        var trend = TrendTest.Of(MM1(5, 1.05, 20_000).Snapshot().Regroup(2_000, 20));
        Assert.True(trend.IsSignificant(0.01), $"p {trend.PValue}");
        Assert.True(trend.RelativeDrift > 0.5, $"drift {trend.RelativeDrift}");
    }

    [Fact]
    public void Trend_MM1AtHalfLoad_SignificantInFewOf200Runs()
    {
        var significant = 0;
        for (var run = 0; run < 200; run++)
        {
            if (TrendTest.Of(MM1((ulong)(5000 + run), 0.5, 20_000).Snapshot().Regroup(2_000, 20)).IsSignificant(0.01))
                significant++;
        }
        output.WriteLine($"trend test at 1% on a settled M/M/1: {significant} of 200 runs flagged");
        // 1% expected (2 runs); 8 or more would be a 1-in-1,000 event for a valid test.
        Assert.True(significant < 8, $"{significant} of 200 flagged");
    }

    [Fact]
    public void Trend_ExactLine_PIsZeroAndDriftIsTheRise()
    {
        var trend = TrendTest.Of([10.0, 11, 12, 13, 14]);
        Assert.Equal(0, trend.PValue);
        Assert.Equal(4 / 12.0, trend.RelativeDrift, 12);
    }
}
