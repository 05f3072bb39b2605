using System.Globalization;
using System.Xml.Linq;
using DevSim.Runner.Plots;

namespace DevSim.Runner.Tests.Plots;

/// <summary>
/// A long legend in the SVG. ScottPlot gives a legend under the plot the height it measured in the previous render (plus
/// its padding), so it grows about two rows a render; with one settling render the SVG, written first, showed 14 of 16
/// entries and the PNG, rendered after it, all 16. Each case renders a fresh figure's SVG first, as the figure writer does.
/// </summary>
public class LegendSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static string Label(int i) => $"series {i} with a label as long as a sequence's";

    /// <summary>A chart of <paramref name="entries"/> curves; zoomed adds the panel below (the legend goes under it).</summary>
    private static Figure Chart(int entries, bool zoomed) => new LineChart("legend", "x", "y",
    [
        .. Enumerable.Range(0, entries).Select(i => new LineSeries(Label(i), [1, 2, 3, 4],
            zoomed && i == 0 ? [1000, 10, 10, 10] : [10 + i, 11 + i, 12, 13])),
    ]).Render();

    /// <summary>Each text of the SVG with the y of its baseline (its translation plus its first line's offset).</summary>
    private static List<(string Text, double Y)> Texts(string svg) =>
    [
        .. XDocument.Parse(svg).Descendants(Svg + "text").Select(t =>
        {
            var translate = ((string?)t.Attribute("transform") ?? "translate(0 0)").Split('(', ')')[1].Split(' ');
            var offset = ((string?)t.Attribute("y") ?? "0").Split(',')[0];
            return (t.Value.Trim(), double.Parse(translate[1], CultureInfo.InvariantCulture) + double.Parse(offset, CultureInfo.InvariantCulture));
        }),
    ];

    [Theory]
    [InlineData(9, false)]
    [InlineData(16, false)]
    [InlineData(16, true)]
    [InlineData(20, false)]
    public void Svg_LongLegend_EveryEntryIsWrittenInsideTheFigure(int entries, bool zoomed)
    {
        var figure = Chart(entries, zoomed);

        var texts = Texts(figure.ToSvg());

        foreach (var i in Enumerable.Range(0, entries))
        {
            var (_, y) = Assert.Single(texts, t => t.Text == Label(i));
            Assert.InRange(y, 0, figure.Height);
        }
    }

    [Fact]
    public void Svg_RenderedAfterThePng_IsTheSvgRenderedFirst()
    {
        // The cause: how many renders a figure had decided how much of its legend showed.
        var first = Chart(16, zoomed: true).ToSvg();
        var figure = Chart(16, zoomed: true);
        _ = figure.ToPng();

        Assert.Equal(first, figure.ToSvg());
    }
}
