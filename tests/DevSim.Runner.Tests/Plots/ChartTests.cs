using System.Globalization;
using System.Xml.Linq;
using DevSim.Runner.Plots;

namespace DevSim.Runner.Tests.Plots;

/// <summary>The SVG chart module: well-formed, points inside the axes, ticks covering the data, legend matching the series.</summary>
public class ChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument Parse(string svg) => XDocument.Parse(svg); // throws on malformed XML

    private static IEnumerable<XElement> WithClass(XDocument doc, string name) =>
        doc.Descendants().Where(e => (string?)e.Attribute("class") == name);

    private static double A(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    private static (double Left, double Top, double Right, double Bottom) PlotArea(XDocument doc)
    {
        var area = WithClass(doc, "plot-area").Single();
        return (A(area, "x"), A(area, "y"), A(area, "x") + A(area, "width"), A(area, "y") + A(area, "height"));
    }

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void LineChart_RandomData_EveryPointInsideTheAxesAndTicksCoverTheRange(int seed)
    {
        var random = new Random(seed);
        var series = Enumerable.Range(0, 3).Select(s =>
        {
            var x = Enumerable.Range(0, 12).Select(i => 13 + i * random.NextDouble() * 3).OrderBy(v => v).ToArray();
            var y = x.Select(_ => (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(0, 4))).ToArray();
            return new LineSeries($"series {s}", x, y, y.Select(v => v - 1).ToArray(), y.Select(v => v + 1).ToArray());
        }).ToList();
        var doc = Parse(new LineChart("title", "x", "y", series).Render());
        var (left, top, right, bottom) = PlotArea(doc);
        var points = WithClass(doc, "point").ToList();
        Assert.Equal(36, points.Count);
        Assert.All(points, p =>
        {
            Assert.InRange(A(p, "cx"), left - 0.01, right + 0.01);
            Assert.InRange(A(p, "cy"), top - 0.01, bottom + 0.01);
        });
        var yTicks = WithClass(doc, "y-tick").Select(t => double.Parse(t.Value, CultureInfo.InvariantCulture)).ToList();
        var allY = series.SelectMany(s => s.Lower!.Concat(s.Upper!)).ToList();
        Assert.True(yTicks.Min() <= allY.Min() && yTicks.Max() >= allY.Max(), "y ticks must cover the data and its bands");
        var xTicks = WithClass(doc, "x-tick").Select(t => double.Parse(t.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(xTicks.Min() <= series.Min(s => s.X.Min()) && xTicks.Max() >= series.Max(s => s.X.Max()));
        Assert.Equal(series.Select(s => s.Name), WithClass(doc, "legend").Select(l => l.Value));
        Assert.Equal(3, WithClass(doc, "band").Count());
    }

    [Fact]
    public void Render_StartsWithTheSvgElementAndDeclaresNoUtf16()
    {
        // A declaration of UTF-16 on a UTF-8 file makes browsers and rsvg refuse the document.
        var svg = new LineChart("t", "x", "y", [new LineSeries("a", [1, 2], [3, 4])]).Render();
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("utf-16", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void LineChart_NonFinitePoint_BreaksTheLineAndIsNotDrawn()
    {
        var chart = new LineChart("t", "x", "y", [new LineSeries("a", [1, 2, 3, 4, 5], [1, 2, double.NaN, 4, 5])]);
        var doc = Parse(chart.Render());
        Assert.Equal(4, WithClass(doc, "point").Count());
        Assert.Equal(2, WithClass(doc, "line").Count());
    }

    [Fact]
    public void LineChart_TextWithMarkupCharacters_IsEscaped()
    {
        var doc = Parse(new LineChart("a < b & c", "x", "y", [new LineSeries("<static>", [1, 2], [3, 4])]).Render());
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "a < b & c");
        Assert.Equal("<static>", WithClass(doc, "legend").Single().Value);
    }

    [Fact]
    public void BarChart_BarsStandOnZeroInsideTheAxes_OnePerSeriesAndCategory()
    {
        var chart = new BarChart("queues", "resource", "waiting projects", ["1", "2", "3"],
            [new BarSeries("static", [0.5, 16, 2]), new BarSeries("dynamic", [0.7, 6.6, 3])]);
        var doc = Parse(chart.Render());
        var (left, top, right, bottom) = PlotArea(doc);
        var bars = WithClass(doc, "bar").ToList();
        Assert.Equal(6, bars.Count);
        Assert.All(bars, b =>
        {
            Assert.InRange(A(b, "x"), left, right);
            Assert.InRange(A(b, "x") + A(b, "width"), left, right);
            Assert.InRange(A(b, "y"), top - 0.01, bottom);
            Assert.Equal(bottom, A(b, "y") + A(b, "height"), 1); // from zero, which is the bottom here
        });
        var tallest = bars.MaxBy(b => A(b, "height"))!;
        Assert.Contains("static, 2: 16", tallest.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal(["static", "dynamic"], WithClass(doc, "legend").Select(l => l.Value));
        Assert.Equal(["1", "2", "3"], WithClass(doc, "x-tick").Select(l => l.Value));
    }

    [Fact]
    public void GanttChart_ItemsInsideTheirLanes()
    {
        var chart = new GanttChart("timeline", "day", ["A", "B"], [new GanttItem(0, 0, 5, "p0", 0), new GanttItem(1, 3, 9, "p1", 1), new GanttItem(0, 5, 7, "p1", 1)]);
        var doc = Parse(chart.Render());
        var (left, top, right, bottom) = PlotArea(doc);
        var items = WithClass(doc, "item").ToList();
        Assert.Equal(3, items.Count);
        Assert.All(items, i =>
        {
            Assert.InRange(A(i, "x"), left - 0.01, right);
            Assert.InRange(A(i, "x") + A(i, "width"), left, right + 0.01);
        });
        var laneMiddle = (top + bottom) / 2;
        Assert.True(A(items[0], "y") < laneMiddle && A(items[1], "y") > laneMiddle, "lane 0 above lane 1");
        Assert.Equal(["A", "B"], WithClass(doc, "lane").Select(l => l.Value));
        Assert.Empty(WithClass(doc, "y-tick"));
    }

    [Fact]
    public void Histogram_CountsEveryValueInRangeOnce_AndItsDensityIntegratesToOne()
    {
        var values = new[] { 0.0, 0.5, 1, 1.5, 2, 9.99, 10, 10.01, -0.01 }; // the last two fall outside [0, 10]
        var histogram = Histogram.Of(values, 0, 10, 5);
        Assert.Equal([0, 2, 4, 6, 8, 10], histogram.Edges);
        Assert.Equal([4L, 1, 0, 0, 2], histogram.Counts); // 0 to 1.5 in bin 0; 2 opens bin 1; 10 closes the last bin
        var density = histogram.Density();
        Assert.Equal(1, density.Select((d, b) => d * (histogram.Edges[b + 1] - histogram.Edges[b])).Sum(), 12);
    }

    [Fact]
    public void HistogramChart_BarsInsideTheAxesAndOnZero_LegendMatchesSeries()
    {
        var random = new Random(4);
        var a = Histogram.Of(Enumerable.Range(0, 5000).Select(_ => 50 + 10 * random.NextDouble()), 40, 120, 40);
        var b = Histogram.Of(Enumerable.Range(0, 5000).Select(_ => 80 + 30 * random.NextDouble()), 40, 120, 40);
        var doc = Parse(new HistogramChart("d", "days", "density", a.Edges, [new HistogramSeries("optimal", a.Density()), new HistogramSeries("worst", b.Density())]).Render());
        var (left, top, right, bottom) = PlotArea(doc);
        var bars = WithClass(doc, "bar").ToList();
        Assert.Equal(a.Counts.Count(c => c > 0) + b.Counts.Count(c => c > 0), bars.Count);
        Assert.All(bars, bar =>
        {
            Assert.InRange(A(bar, "x"), left - 0.01, right);
            Assert.InRange(A(bar, "x") + A(bar, "width"), left, right + 0.01);
            Assert.InRange(A(bar, "y"), top - 0.01, bottom);
            Assert.Equal(bottom, A(bar, "y") + A(bar, "height"), 1);
        });
        Assert.Equal(["optimal", "worst"], WithClass(doc, "legend").Select(l => l.Value));
    }

    [Fact]
    public void LineChart_ShadedRegionAndDashedSeries_AreDrawnAndLegendShowsTheDash()
    {
        var chart = new LineChart("t", "x", "y",
            [new LineSeries("solid", [20, 30, 40], [double.NaN, 5, 4]), new LineSeries("dashed", [20, 30, 40], [3, 2, 1]) { Dashed = true, Markers = false }])
        {
            Regions = [new ShadedRegion(20, 25, "static: overloaded")],
        };
        var doc = Parse(chart.Render());
        var (left, _, right, _) = PlotArea(doc);
        var region = WithClass(doc, "region").Single();
        Assert.Equal(left, A(region, "x"), 1); // starts at x = 20, the left end of the axis
        Assert.True(A(region, "x") + A(region, "width") < (left + right) / 2, "the region ends at 25, left of the middle");
        Assert.Equal("static: overloaded", WithClass(doc, "region-label").Single().Value);
        Assert.Equal(2, WithClass(doc, "point").Count()); // the dashed series has no markers; NaN is not drawn
        Assert.NotNull(WithClass(doc, "line").Single(l => l.Attribute("stroke-dasharray") is not null));
        Assert.Single(doc.Descendants(Svg + "line"), l => l.Attribute("stroke-dasharray") is not null && A(l, "x1") > right); // the legend sample
    }

    [Theory]
    [InlineData(13, 30)]
    [InlineData(0.001, 0.0043)]
    [InlineData(-7, 93)]
    [InlineData(59.074, 59.074)]
    [InlineData(0, 2_000_000)]
    public void NiceScale_CoversTheRangeWithNiceSteps(double low, double high)
    {
        var scale = NiceScale.Cover(low, high);
        Assert.True(scale.Min <= low && scale.Max >= high);
        Assert.InRange(scale.Ticks.Count, 3, 12);
        var mantissa = scale.Step / Math.Pow(10, Math.Floor(Math.Log10(scale.Step)));
        Assert.Contains(Math.Round(mantissa, 6), new[] { 1, 2, 2.5, 5, 10 });
        Assert.Equal(scale.Max, scale.Ticks[^1], 9);
    }
}
