using DevSim.Engine.Analysis;

namespace DevSim.Engine.Tests.Analysis;

/// <summary>Every bisection ends (issue 25): a tolerance finer than doubles resolve, a bracket wider than any tolerance reaches in the step bound.</summary>
public class BoundedBisectionTests
{
    [Fact]
    public void Narrow_ToleranceFinerThanDoubles_EndsAtTheFloor_AroundTheAnswer()
    {
        var (lower, upper, steps) = BoundedBisection.Narrow(1, 100, 1e-20, x => x < Math.PI * 4);
        Assert.True(upper - lower <= BoundedBisection.ToleranceFloor * upper, $"[{lower}, {upper}]");
        Assert.InRange(Math.PI * 4, lower, upper);
        Assert.InRange(steps, 1, BoundedBisection.MaxSteps);
    }

    [Fact]
    public void Narrow_BracketWiderThanTheStepsReach_StopsAfterMaxSteps()
    {
        var calls = 0;
        var (lower, upper, steps) = BoundedBisection.Narrow(1e-300, 1e300, 0.01, x =>
        {
            calls++;
            return x < 1;
        });
        Assert.Equal(BoundedBisection.MaxSteps, steps);
        Assert.Equal(BoundedBisection.MaxSteps, calls);
        Assert.True(lower < upper);
    }

    [Fact]
    public void Narrow_NoDoubleBetweenTheEnds_StopsWithoutTesting()
    {
        var upper = Math.BitIncrement(12.0);
        var (lower, end, steps) = BoundedBisection.Narrow(12.0, upper, 0.5, _ => throw new InvalidOperationException("no midpoint exists"));
        Assert.Equal((12.0, upper, 0), (lower, end, steps)); // already within the tolerance
        var (_, _, none) = BoundedBisection.Narrow(12.0, upper, 1e-20, _ => throw new InvalidOperationException("no midpoint exists"));
        Assert.Equal(0, none);
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(0.001)]
    [InlineData(0.25)]
    public void Narrow_ToleranceAboveTheFloor_TestsTheSameMidpointsAsAPlainBisection(double tolerance)
    {
        var plain = new List<double>();
        var (lo, hi) = (3.0, 17.0);
        while (hi - lo > tolerance * hi)
        {
            var middle = (lo + hi) / 2;
            plain.Add(middle);
            if (middle < 9.87)
                lo = middle;
            else
                hi = middle;
        }
        var bounded = new List<double>();
        var (lower, upper, _) = BoundedBisection.Narrow(3, 17, tolerance, x =>
        {
            bounded.Add(x);
            return x < 9.87;
        });
        Assert.Equal(plain, bounded);
        Assert.Equal((lo, hi), (lower, upper));
    }

    [Theory]
    [InlineData(0, 1, 0.1)]
    [InlineData(2, 1, 0.1)]
    [InlineData(1, double.PositiveInfinity, 0.1)]
    [InlineData(1, 2, 0)]
    [InlineData(1, 2, 1)]
    [InlineData(1, 2, double.NaN)]
    public void Narrow_BadBracketOrTolerance_Throws(double lower, double upper, double tolerance) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BoundedBisection.Narrow(lower, upper, tolerance, _ => true));
}
