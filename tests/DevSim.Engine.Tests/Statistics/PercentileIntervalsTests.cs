using DevSim.Engine.Statistics;

namespace DevSim.Engine.Tests.Statistics;

/// <summary>Which duration percentiles get a CI across replications, and that those that do are the t interval of the replications' own.</summary>
public class PercentileIntervalsTests
{
    private static QuantileSketch Sketch(int projects, double shift)
    {
        var sketch = new QuantileSketch();
        for (var i = 1; i <= projects; i++)
            sketch.Add(i + shift);
        return sketch;
    }

    [Fact]
    public void Across_FourProjectsPerReplication_NoPercentileGetsACi()
    {
        // 4 x 0.5 = 2 projects beyond the median, fewer than 5: a replication's own percentile is one of its extremes.
        var cis = PercentileIntervals.Across([Sketch(4, 0), Sketch(4, 1), Sketch(4, 2)]);
        Assert.All(new[] { cis.P50, cis.P90, cis.P99 }, ci => Assert.True(double.IsNaN(ci.Lower) && double.IsNaN(ci.Upper)));
    }

    [Fact]
    public void Across_FourHundredProjects_P50AndP90GetTheirTIntervalButNotP99()
    {
        // 400 x 0.01 = 4 projects beyond p99 (< 5); 40 beyond p90. The fewest of the replications decides.
        var sketches = new[] { Sketch(400, 0), Sketch(500, 3), Sketch(600, 6) };
        var cis = PercentileIntervals.Across(sketches);
        Assert.True(double.IsNaN(cis.P99.Lower));
        var expected = SampleSummary.From(sketches.Select(s => s.Quantile(0.9))).Ci95;
        Assert.Equal(expected, cis.P90);
        Assert.True(cis.P50.Lower < cis.P50.Upper);
    }

    [Fact]
    public void Across_FiveHundredProjects_P99GetsACi()
    {
        var cis = PercentileIntervals.Across([Sketch(500, 0), Sketch(500, 7)]);
        Assert.False(double.IsNaN(cis.P99.Lower));
    }
}
