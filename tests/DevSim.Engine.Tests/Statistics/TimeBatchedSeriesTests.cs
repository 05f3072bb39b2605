using DevSim.Engine.Statistics;

namespace DevSim.Engine.Tests.Statistics;

/// <summary>Time batches need a positive width: with 0 (arrivals all at one instant) the series could never step past a batch.</summary>
public class TimeBatchedSeriesTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Begin_WidthNotPositiveAndFinite_IsRefused(double width) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TimeBatchedSeries().Begin(0, width));
}
