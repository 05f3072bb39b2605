using System.Xml.Linq;
using DevSim.Runner.Plots;
using SkiaSharp;

namespace DevSim.Runner.Tests.Plots;

/// <summary>Every chart kind through ScottPlot: well-formed SVG with its text, a PNG of the stated size with visible text, the same bytes every time.</summary>
public class ChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>One chart of every kind, with the title and an axis label it must show.</summary>
    public static TheoryData<string> Kinds => new() { "line", "zoomed line", "difference", "bar", "histogram", "gantt", "relationship" };

    private static (Figure Figure, string Title, string Label) Chart(string kind) => kind switch
    {
        "line" => (new LineChart("Line title", "interarrival x", "duration y",
            [new LineSeries("static", [1, 2, 3, 4], [10, 12, 11, 13], [9, 11, 10, 12], [11, 13, 12, 14])]).Render(), "Line title", "interarrival x"),
        "zoomed line" => (Zoomed().Render(), "Zoomed title", "mean duration (days)"),
        "difference" => (new LineChart("Difference title", "x", "rework-aware minus dynamic", [new LineSeries("d", [1, 2, 3], [-1, 0.5, -2], [-2, -0.5, -3], [0, 1.5, -1])])
        { ZeroLine = true }.Render(), "Difference title", "rework-aware minus dynamic"),
        "bar" => (new BarChart("Bar title", "resource", "queue length", ["Top case", "Bottom case"],
            [new BarSeries("static", [3, 5], [2, 4], [4, 6]), new BarSeries("dynamic", [1, double.NaN])])
        {
            References = [new BarReference("paper", 0, 0, 4)],
        }.Render(), "Bar title", "queue length"),
        "histogram" => (new HistogramChart("Histogram title", "project duration", "density", [0, 1, 2, 3], [new HistogramSeries("optimal", [0.2, 0.5, 0.3])])
        {
            Lines = [new ReferenceLine("paper mean", 1.5, 7)],
        }.Render(), "Histogram title", "project duration"),
        "gantt" => (new GanttChart("Gantt title", "time (days)", [new GanttLane("1 Top case", 2), new GanttLane("2 Bottom case", 1)],
            [new GanttItem(0, 0, 5, 0, 1, false), new GanttItem(0, 1, 4, 1, 1, false), new GanttItem(1, 2, 3, 0, 2, true)]).Render(), "Gantt title", "1 Top case · server 1"),
        _ => (new RelationshipChart("Relationship title", "3 edges", [new RelationshipNode("V1", "R1", true, false), new RelationshipNode("V2", "R2", false, true),
            new RelationshipNode("V3", "R3", false, false)], [("V1", "V2", true), ("V1", "V3", true), ("V2", "V3", false)]).Render(), "Relationship title", "R2"),
    };

    private static LineChart Zoomed() => new("Zoomed title", "mean interarrival time (days)", "mean duration (days)",
    [
        new LineSeries("static", [13, 14, 15, 16, 17], [400, 120, 90, 80, 75], [300, 110, 85, 78, 73], [500, 130, 95, 82, 77]),
        new LineSeries("dynamic", [13, 14, 15, 16, 17], [200, 100, 85, 79, 74]) { Dashed = true },
    ]);

    private static List<string> Texts(string svg) =>
        [.. XDocument.Parse(svg).Descendants(Svg + "text").Select(t => t.Value.Trim())];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_EveryKind_WellFormedSvgWithItsTextInTheEmbeddedSansFont(string kind)
    {
        var (figure, title, label) = Chart(kind);
        var svg = figure.ToSvg();
        var texts = Texts(svg); // throws on malformed XML
        Assert.Contains(title, texts);
        Assert.Contains(label, texts);
        var families = XDocument.Parse(svg).Descendants(Svg + "text").Select(t => (string?)t.Attribute("font-family")).Distinct().ToList();
        Assert.Equal(["DejaVu Sans"], families);
        Assert.DoesNotContain("NaN", svg, StringComparison.Ordinal);
    }

    /// <summary>Two replications' CIs (t with one degree of freedom) reach far below a mean near 0, as in a portfolio sweep's duration figure.</summary>
    private static Figure WideCi(string kind, bool nonNegative) => kind == "bar"
        ? new BarChart("Wide", "type", "mean duration (days)", ["A", "B"], [new BarSeries("duration", [3, 40], [-25, 10], [31, 70])]) { NonNegative = nonNegative }.Render()
        : new LineChart("Wide", "load factor", "mean duration (days)", [new LineSeries("fifo", [0.8, 1], [3, 40], [-25, 10], [31, 70])]) { NonNegative = nonNegative }.Render();

    private static bool NegativeTick(Figure figure) =>
        Texts(figure.ToSvg()).Any(t => t.Length > 1 && (t[0] == '-' || t[0] == '\u2212') && char.IsAsciiDigit(t[1]));

    [Theory]
    [InlineData("bar")]
    [InlineData("line")]
    public void NonNegativeMeasure_WideCi_AxisStaysAtZero(string kind)
    {
        Assert.True(NegativeTick(WideCi(kind, nonNegative: false))); // the case is one that would go below 0
        Assert.False(NegativeTick(WideCi(kind, nonNegative: true)));
    }

    [Fact]
    public void Render_Svg_WritesEachElementOnce()
    {
        // ScottPlot renders again when the axis limits changed since its last render; the figure settles first.
        var texts = Texts(Chart("line").Figure.ToSvg());
        Assert.Single(texts, t => t == "Line title");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_EveryKind_PngOfTheStatedSizeWithInkInTheTitleArea(string kind)
    {
        var figure = Chart(kind).Figure;
        using var bitmap = SKBitmap.Decode(figure.ToPng());
        Assert.Equal(figure.Width, bitmap.Width);
        Assert.Equal(figure.Height, bitmap.Height);
        // The title is centred in the top 30 pixels: text that silently vanished leaves them white.
        var ink = 0;
        for (var y = 0; y < 30; y++)
        {
            for (var x = figure.Width / 4; x < 3 * figure.Width / 4; x++)
            {
                var p = bitmap.GetPixel(x, y);
                if (p.Red < 128 && p.Green < 128 && p.Blue < 128)
                    ink++;
            }
        }
        Assert.True(ink > 50, $"{ink} dark pixels in the title area");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Render_Twice_TheSameBytes(string kind)
    {
        Assert.Equal(Chart(kind).Figure.ToSvg(), Chart(kind).Figure.ToSvg());
        Assert.Equal(Chart(kind).Figure.ToPng(), Chart(kind).Figure.ToPng());
    }

    [Fact]
    public void Render_OnManyThreadsAtOnce_TheSameBytesAsAlone()
    {
        var alone = Chart("zoomed line").Figure.ToPng();
        var together = new byte[8][];
        Parallel.For(0, together.Length, i => together[i] = Chart("zoomed line").Figure.ToPng());
        Assert.All(together, bytes => Assert.Equal(alone, bytes));
    }

    [Fact]
    public void LineChart_NaNUnsettledAndOverloadedPoints_DrawnApartAndNamedInTheLegend()
    {
        var chart = new LineChart("States", "x", "y",
        [
            new LineSeries("a", [1, 2, 3, 4, 5, 6], [double.NaN, 500, 20, 18, 17, 16], [double.NaN, 400, 19, 17, 16, 15], [double.NaN, 600, 21, 19, 18, 17])
            {
                States = [PointState.Stable, PointState.Overloaded, PointState.Unsettled, PointState.Stable, PointState.Stable, PointState.Stable],
            },
        ])
        { Regions = [new ShadedRegion(1, 2.5, "a overloaded")] };
        var texts = Texts(chart.Render().ToSvg());
        Assert.Contains("hollow marker: unsettled estimate", texts);
        Assert.Contains("shaded: overloaded (no steady state)", texts);
        Assert.Contains("a overloaded", texts);
        // The overloaded point's 500 neither draws nor sets the scale: one panel, no zoom.
        Assert.False(chart.Zoomed);
        using var bitmap = SKBitmap.Decode(chart.Render().ToPng());
        Assert.Equal(ChartStyle.Height, bitmap.Height);
    }

    [Fact]
    public void LineChart_AllStable_LegendHasNoEntryForWhatIsNotDrawn()
    {
        var texts = Texts(Chart("line").Figure.ToSvg());
        Assert.DoesNotContain(texts, t => t.Contains("unsettled", StringComparison.Ordinal) || t.Contains("overloaded", StringComparison.Ordinal));
        Assert.Contains("band: 95% CI", texts);
    }

    [Fact]
    public void LineChart_OneLoadDwarfsTheRest_AddsAZoomPanelOnTheStableRange()
    {
        var chart = Zoomed();
        Assert.True(chart.Zoomed);
        var texts = Texts(chart.Render().ToSvg());
        Assert.Contains(texts, t => t.StartsWith("The same, zoomed on values up to", StringComparison.Ordinal));
        Assert.Contains("dynamic (dashed)", texts);
    }

    [Fact]
    public void BarChart_MissingValue_MarkedNotAvailable_AndPaperValueInTheLegend()
    {
        var texts = Texts(Chart("bar").Figure.ToSvg());
        Assert.Contains("n/a", texts);
        Assert.Contains("paper", texts);
        Assert.Contains("error bar: 95% CI", texts);
        Assert.Contains("Top case", texts);
    }

    [Fact]
    public void RelationshipChart_LegendOnlyForWhatIsDrawn()
    {
        var texts = Texts(new RelationshipChart("t", "s", [new RelationshipNode("V1", "R1", true, false), new RelationshipNode("V2", "R2", false, false)],
            [("V1", "V2", true)]).Render().ToSvg());
        Assert.DoesNotContain(texts, t => t.Contains("needs help", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("standard value", StringComparison.Ordinal));
        Assert.Contains("the leader's link (grey, dashed)", texts);
    }

    [Fact]
    public void Render_TextWithMarkupCharacters_StaysWellFormedAndReadable()
    {
        var texts = Texts(new LineChart("a < b & c", "x", "y", [new LineSeries("<static>", [1, 2], [3, 4])]).Render().ToSvg());
        Assert.Contains("a < b & c", texts);
        Assert.Contains("<static>", texts);
    }

    [Fact]
    public void Histogram_CountsAndDensity_IntegrateToOne()
    {
        var h = Histogram.Of([0.5, 1.5, 1.6, 2.9, 3.0, 7.0], 0, 3, 3);
        Assert.Equal([1L, 2L, 2L], h.Counts);
        Assert.Equal(1.0, h.Density().Select((d, i) => d * (h.Edges[i + 1] - h.Edges[i])).Sum(), 12);
    }
}
