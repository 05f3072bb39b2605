using DevSim.Engine.Statistics;

namespace DevSim.Engine.Tests.Statistics;

/// <summary>The verdict's rules on hand-built evidence: each check alone decides as the issue says.</summary>
public class VerdictRulesTests
{
    private static readonly VerdictOptions Defaults = new();

    private static VerdictEvidence Settled(double load = 0.8) => new(
        [new ResourceLoad("design", load, new Interval(load - 0.01, load + 0.01))], 10, 0, 5000,
        Warmup: 2000, MserCut: 100, new Trend(0.01, 0.5, 20), MeanDuration: 100, RelativeHalfWidth: 0.02);

    [Fact]
    public void Judge_EveryCheckPasses_StableWithOneSentence()
    {
        var (verdict, reasons) = VerdictRules.Judge(Settled(), Defaults);
        Assert.Equal(Verdict.Stable, verdict);
        Assert.Single(reasons);
    }

    [Fact]
    public void Judge_LoadCiAboveOne_Overloaded()
    {
        var (verdict, reasons) = VerdictRules.Judge(Settled(1.05), Defaults);
        Assert.Equal(Verdict.Overloaded, verdict);
        Assert.Contains("above 1", reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_LoadCiContainsOne_Unsettled()
    {
        var (verdict, reasons) = VerdictRules.Judge(Settled(0.995), Defaults);
        Assert.Equal(Verdict.Unsettled, verdict);
        Assert.Contains("contains 1", reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_AReplicationStopped_OverloadedEvenAtLowLoad()
    {
        var (verdict, reasons) = VerdictRules.Judge(Settled() with { StoppedReplications = 1 }, Defaults);
        Assert.Equal(Verdict.Overloaded, verdict);
        Assert.StartsWith("1 of 10 replications stopped", reasons[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mser")]
    [InlineData("trend")]
    [InlineData("width")]
    public void Judge_OneSteadyStateCheckFails_UnsettledWithThatReason(string check)
    {
        var evidence = check switch
        {
            "mser" => Settled() with { MserCut = 2020 },
            "trend" => Settled() with { Trend = new Trend(0.3, 0.001, 20) },
            _ => Settled() with { RelativeHalfWidth = 0.11 },
        };
        var (verdict, reasons) = VerdictRules.Judge(evidence, Defaults);
        Assert.Equal(Verdict.Unsettled, verdict);
        var expected = check switch { "mser" => "MSER-5 would discard", "trend" => "Durations still grow", _ => "The 95% CI of the mean duration" };
        Assert.StartsWith(expected, Assert.Single(reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_WiderLimit_TheSameWidthPasses() =>
        Assert.Equal(Verdict.Stable, VerdictRules.Judge(Settled() with { RelativeHalfWidth = 0.11 }, new VerdictOptions { MaxRelativeHalfWidth = 0.2 }).Verdict);

    [Fact]
    public void TimeBatchedSeries_ConstantValueOverManyDoublings_EveryBatchMeanIsTheValue()
    {
        var series = new TimeBatchedSeries();
        series.Begin(10, 0.5);
        // 10,000 days in stretches of 0.3 days with the value 3: 20,000 batches of 0.5 would not fit, so widths double.
        for (var t = 10.0; t < 10_010; t += 0.3)
            series.Add(t, t + 0.3, 3);
        var groups = series.Regroup(10_010, 20);
        Assert.Equal(20, groups.Length);
        Assert.All(groups, g => Assert.Equal(3, g, 9));
    }

    [Fact]
    public void Moments_CombinedHalves_EqualTheWhole()
    {
        var whole = new Moments();
        var left = new Moments();
        var right = new Moments();
        for (var i = 0; i < 100; i++)
        {
            double x = (i * 37) % 101;
            whole = whole.Add(x);
            if (i < 40)
                left = left.Add(x);
            else
                right = right.Add(x);
        }
        var combined = left.Combine(right);
        Assert.Equal(whole.Count, combined.Count);
        Assert.Equal(whole.Mean, combined.Mean, 12);
        Assert.Equal(whole.Variance, combined.Variance, 9);
    }
}
