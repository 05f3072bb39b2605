using DevSim.Engine.Randomness;

namespace DevSim.Engine.Tests;

/// <summary>
/// <see cref="Branchless"/> returns, bit for bit, what the comparisons it replaces return: the kernel's results
/// depend on it (the digest tests), so NaNs, signed zeros and infinities are checked as well as ordinary values.
/// </summary>
public class BranchlessTests
{
    private static readonly double[] Special =
        [0.0, -0.0, 1.0, -1.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN, double.Epsilon, double.MaxValue, 3.5, 3.5000000000000004];

    private static IEnumerable<(double A, double B)> Pairs()
    {
        foreach (var a in Special)
        {
            foreach (var b in Special)
                yield return (a, b);
        }
        var draws = new SplitMix64(5);
        for (var i = 0; i < 10_000; i++)
            yield return ((draws.NextDouble() - 0.5) * 100, (draws.NextDouble() - 0.5) * 100);
    }

    [Fact]
    public void Min_IsTheComparisonALessThanBThenAElseB()
    {
        foreach (var (a, b) in Pairs())
            Assert.Equal(BitConverter.DoubleToInt64Bits(a < b ? a : b), BitConverter.DoubleToInt64Bits(Branchless.Min(a, b)));
    }

    [Fact]
    public void Max_IsTheComparisonAGreaterThanBThenAElseB()
    {
        foreach (var (a, b) in Pairs())
            Assert.Equal(BitConverter.DoubleToInt64Bits(a > b ? a : b), BitConverter.DoubleToInt64Bits(Branchless.Max(a, b)));
    }

    [Fact]
    public void OrZero_IsTheValueOrPositiveZero()
    {
        foreach (var (a, _) in Pairs())
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(a), BitConverter.DoubleToInt64Bits(Branchless.OrZero(true, a)));
            Assert.Equal(0L, BitConverter.DoubleToInt64Bits(Branchless.OrZero(false, a)));
        }
    }
}
