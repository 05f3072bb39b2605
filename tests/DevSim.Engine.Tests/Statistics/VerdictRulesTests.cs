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

    [Fact]
    public void Judge_StoppedWhileEveryLoadIsBelowOne_SaysNoResourceIsToBlame_NamesTheWipCap()
    {
        var (verdict, reasons) = VerdictRules.Judge(Settled(0.5) with { StoppedReplications = 10 }, Defaults);
        Assert.Equal(Verdict.Overloaded, verdict);
        Assert.Contains("no resource's offered load reaches 1 (highest: design, 95% CI up to 0.510)", reasons[0], StringComparison.Ordinal);
        Assert.Contains("WIP cap", reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_StoppedWhileEveryLoadIsBelowOne_ALoadWithoutCi_IsReadByItsMean()
    {
        // As when a starved type finished no project, so no replication has a load of its own to give a CI.
        var evidence = Settled(0.5) with
        {
            StoppedReplications = 10,
            Loads = [new ResourceLoad("design", 0.5, new Interval(0.49, 0.51)), new ResourceLoad("test", 0.56, new Interval(double.NaN, double.NaN))],
        };
        var (_, reasons) = VerdictRules.Judge(evidence, Defaults);
        Assert.Contains("no resource's offered load reaches 1 (highest: test, 0.560, no CI)", reasons[0], StringComparison.Ordinal);
        var overOne = evidence with { Loads = [evidence.Loads[0], new ResourceLoad("test", 1.2, new Interval(double.NaN, double.NaN))] };
        Assert.DoesNotContain(VerdictRules.Judge(overOne, Defaults).Reasons, r => r.Contains("WIP cap", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1.05)]
    [InlineData(0.995)]
    public void Judge_StoppedWithALoadReachingOne_DoesNotLookBeforeTheResources(double load)
    {
        var (_, reasons) = VerdictRules.Judge(Settled(load) with { StoppedReplications = 10 }, Defaults);
        Assert.DoesNotContain(reasons, r => r.Contains("WIP cap", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("mser")]
    [InlineData("trend")]
    [InlineData("width")]
    public void Judge_OneSteadyStateCheckFails_UnsettledWithThatReason(string check)
    {
        var evidence = check switch
        {
            "mser" => Settled() with { MserCut = 2020, MserShift = 2.5 },
            "trend" => Settled() with { Trend = new Trend(0.3, 0.001, 20) },
            _ => Settled() with { RelativeHalfWidth = 0.11 },
        };
        var (verdict, reasons) = VerdictRules.Judge(evidence, Defaults);
        Assert.Equal(Verdict.Unsettled, verdict);
        var expected = check switch { "mser" => "MSER-5 would discard", "trend" => "Durations still grow", _ => "The 95% CI of the mean duration" };
        Assert.StartsWith(expected, Assert.Single(reasons), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.9, Verdict.Stable)]
    [InlineData(-1.9, Verdict.Stable)]
    [InlineData(2.1, Verdict.Unsettled)]
    [InlineData(-2.1, Verdict.Unsettled)]
    public void Judge_MserCutPastTheWarmup_JudgedByHowFarItMovesTheMeanAgainstTheHalfWidth(double shift, Verdict expected)
    {
        // Half-width 2% of a mean of 100 = 2 days: a cut that moves the mean by less is noise, not bias.
        var (verdict, reasons) = VerdictRules.Judge(Settled() with { MserCut = 4000, MserShift = shift }, Defaults);
        Assert.Equal(expected, verdict);
        Assert.Contains("MSER-5", Assert.Single(reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_NoTrendTestPossible_SaysSoInsteadOfAPlaceholder()
    {
        var (verdict, reasons) = VerdictRules.Judge(Settled() with { Trend = new Trend(double.NaN, double.NaN, 1) }, Defaults);
        Assert.Equal(Verdict.Stable, verdict);
        Assert.Contains("no trend test (1 batch means after the warm-up; it needs 3)", reasons[0], StringComparison.Ordinal);
        Assert.DoesNotContain("-%", reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_FiniteArrivalList_FiniteWithoutLoadsOrSteadyStateChecks()
    {
        var (verdict, reasons) = VerdictRules.Judge(Settled(1.2) with { FiniteArrivals = 4, RelativeHalfWidth = 0.5 }, Defaults);
        Assert.Equal(Verdict.Finite, verdict);
        Assert.StartsWith("A finite list of 4 arrivals", Assert.Single(reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_LoadAboveOneButStarvedByAnUpstreamBottleneck_HeldBackNotAGrowingQueue()
    {
        var evidence = new VerdictEvidence(
            [new ResourceLoad("mechanical", 2.06, new Interval(2.05, 2.07)), new ResourceLoad("electronics", 1.6, new Interval(1.59, 1.61)),
             new ResourceLoad("test-lab", 0.8, new Interval(0.79, 0.81))],
            10, 10, 5000, 2000, 100, new Trend(0.5, 1e-9, 20), 1000, 0.02)
        { Utilizations = [1.0, 0.55, 0.21] };
        Assert.Equal([ResourceStatus.Saturated, ResourceStatus.HeldBack, ResourceStatus.Ok], evidence.Statuses);
        var (verdict, reasons) = VerdictRules.Judge(evidence, Defaults);
        Assert.Equal(Verdict.Overloaded, verdict);
        Assert.Contains("mechanical's offered load is 2.060 (95% CI [2.050, 2.070]), above 1: it cannot keep up", reasons[0], StringComparison.Ordinal);
        Assert.Contains("held back by mechanical, it would be over capacity once mechanical keeps up", reasons[1], StringComparison.Ordinal);
        Assert.DoesNotContain(reasons, r => r.StartsWith("electronics", StringComparison.Ordinal) && r.Contains("grows without bound", StringComparison.Ordinal));
    }

    [Fact]
    public void Statuses_NoResourceBusyAtCapacity_TheOverloadedOnesAreCalledSaturated() =>
        Assert.Equal([ResourceStatus.Saturated, ResourceStatus.Ok],
            ResourceStatuses.Classify([new ResourceLoad("a", 1.5, new Interval(1.4, 1.6)), new ResourceLoad("b", 0.5, new Interval(0.4, 0.6))], [0.5, 0.2]));

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
