using DevSim.Engine.Fidelity;

namespace DevSim.Engine.Tests.Fidelity;

/// <summary>Welch's t from summary statistics, against hand-computed values and tables.</summary>
public class WelchTestTests
{
    [Fact]
    public void Of_TextbookCase_GivesHandComputedTAndDegreesOfFreedom()
    {
        // t = 5 / sqrt(16/10 + 36/12) = 2.3313; df = 4.6² / (1.6²/9 + 3²/11) = 19.1905.
        var test = WelchTest.Of(20, 4, 10, 15, 6, 12);
        Assert.Equal(2.3313, test.T, 4);
        Assert.Equal(19.1905, test.DegreesOfFreedom, 4);
        // Student-t tables at 19 df: 2.093 (p = 0.05) < 2.3313 < 2.539 (p = 0.02).
        Assert.InRange(test.PValue, 0.02, 0.05);
        Assert.True(test.Significant());
    }

    [Fact]
    public void Of_LargeSamplesAtTheNormalQuantile_GivesPOfFivePercent()
    {
        // se = sqrt(2 · 1/10⁶) ≈ 0.0014142; t = 1.959964 needs a difference of 1.959964 · se.
        var se = Math.Sqrt(2.0 / 1_000_000);
        var test = WelchTest.Of(1.959964 * se, 1, 1_000_000, 0, 1, 1_000_000);
        Assert.Equal(0.05, test.PValue, 4);
    }

    [Fact]
    public void Of_SwappedSamples_NegatesTAndKeepsP()
    {
        var ab = WelchTest.Of(3, 2, 50, 2, 1, 40);
        var ba = WelchTest.Of(2, 1, 40, 3, 2, 50);
        Assert.Equal(-ab.T, ba.T, 12);
        Assert.Equal(ab.PValue, ba.PValue, 12);
        Assert.Equal(ab.DegreesOfFreedom, ba.DegreesOfFreedom, 9);
    }
}
