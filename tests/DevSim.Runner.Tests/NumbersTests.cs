using DevSim.Runner.Output;

namespace DevSim.Runner.Tests;

/// <summary>How tables print numbers: fixed decimals, culture-invariant, and no "-0.0" for a small negative number.</summary>
public class NumbersTests
{
    [Theory]
    [InlineData(-0.004, 1, "0.0")]
    [InlineData(-0.0004, 3, "0.000")]
    [InlineData(-0.4, 0, "0")]
    [InlineData(-0.0, 2, "0.00")]
    [InlineData(-0.06, 1, "-0.1")]
    [InlineData(-12.5, 1, "-12.5")]
    [InlineData(0.04, 1, "0.0")]
    [InlineData(1234.5678, 2, "1234.57")]
    [InlineData(double.NegativeInfinity, 1, "-Infinity")]
    [InlineData(1e308, 2, "1e+308")]
    [InlineData(-2.5e15, 2, "-2.5e+15")]
    [InlineData(999999999999999, 2, "999999999999999.00")]
    public void F_RoundsToTheDecimals_ANegativeThatRoundsToZeroShowsAsZero(double value, int decimals, string expected) =>
        Assert.Equal(expected, Numbers.F(value, decimals));

    [Fact]
    public void Ci_ALowerEndJustBelowZero_PrintsAsZero()
    {
        // A tardiness CI of a line that is always on time was printed "[-0.0, 0.0]" in devsim portfolio's table.
        Assert.Equal("[0.0, 0.0]", Numbers.Ci(-0.003, 0.002, 1));
        Assert.Equal("[-0.2, 0.1]", Numbers.Ci(-0.2, 0.1, 1));
        Assert.Equal(Numbers.NotComputed, Numbers.F(double.NaN));
    }
}
