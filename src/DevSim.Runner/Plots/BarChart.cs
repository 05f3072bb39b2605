using ScottPlot;

namespace DevSim.Runner.Plots;

/// <summary>
/// Grouped vertical bars from zero, one group per named category, with 95% CI error bars, published
/// values as markers, and headroom above the tallest bar.
/// </summary>
internal sealed record BarChart(string Title, string XLabel, string YLabel, IReadOnlyList<string> Categories, IReadOnlyList<BarSeries> Series)
{
    private const double GroupWidth = 0.8;

    /// <summary>Published values drawn on their bars.</summary>
    public IReadOnlyList<BarReference> References { get; init; } = [];

    /// <summary>A sentence under the x axis saying what the error bars are.</summary>
    public string? Caption { get; init; }

    /// <summary>
    /// The measure cannot be negative (a duration, a wait, a share, a utilisation): the axis starts at 0 even where a wide
    /// CI (few replications) reaches below it, and error bars end at the axis.
    /// </summary>
    public bool NonNegative { get; init; }

    /// <summary>The chart as a figure.</summary>
    public Figure Render()
    {
        var plot = ChartStyle.NewPlot(Title, XLabel, YLabel, Caption);
        var width = GroupWidth / Math.Max(1, Series.Count);
        var tops = new List<double> { 0 };
        var bottoms = new List<double> { 0 };
        for (var s = 0; s < Series.Count; s++)
        {
            var series = Series[s];
            var bars = new List<Bar>();
            for (var c = 0; c < Categories.Count; c++)
            {
                var value = series.Values[c];
                if (!double.IsFinite(value))
                {
                    var missing = plot.Add.Text("n/a", Position(c, s, width), 0);
                    missing.LabelFontSize = 11;
                    missing.LabelAlignment = Alignment.LowerCenter;
                    continue;
                }
                var error = series.Lower is { } lo && series.Upper is { } hi && double.IsFinite(lo[c]) && double.IsFinite(hi[c])
                    ? Math.Max(hi[c] - value, value - lo[c]) : 0;
                bars.Add(new Bar
                {
                    Position = Position(c, s, width),
                    Value = value,
                    Size = width * 0.92,
                    Error = error,
                    ErrorSize = width * 0.4,
                    FillColor = ChartStyle.Colour(s),
                    // The bar's line style draws its error bar.
                    LineColor = Colors.Black,
                    LineWidth = 1.2f,
                });
                tops.Add(value + error);
                bottoms.Add(value - error);
            }
            var plottable = plot.Add.Bars(bars);
            plottable.Horizontal = false;
        }
        foreach (var group in References.GroupBy(r => r.Label))
        {
            var markers = plot.Add.Markers(group.Select(r => Position(r.Category, r.Series, width)).ToArray(), group.Select(r => r.Value).ToArray(),
                MarkerShape.Eks, 13, ChartStyle.Paper);
            markers.MarkerLineWidth = 2.5f;
            tops.AddRange(group.Select(r => r.Value));
        }
        plot.Axes.Bottom.SetTicks([.. Categories.Select((_, c) => (double)c)], [.. Categories.Select(c => ChartStyle.Wrap(c, 14))]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        var (top, bottom) = (tops.Max(), NonNegative ? 0 : bottoms.Min());
        // Headroom: the tallest bar and its error bar end well below the frame.
        plot.Axes.SetLimits(-0.6, Categories.Count - 0.4, bottom < 0 ? bottom * 1.15 : 0, top > 0 ? top * 1.15 : 1);
        var items = Series.Select((s, i) => ChartStyle.FillItem(s.Name, ChartStyle.Colour(i))).ToList();
        if (Series.Any(s => s.Lower is not null))
            items.Add(ChartStyle.LineItem("error bar: 95% CI", Color.FromHex("#000000"), MarkerShape.None));
        items.AddRange(References.Select(r => r.Label).Distinct().Select(l => ChartStyle.MarkerItem(l, ChartStyle.Paper, MarkerShape.Eks, 12)));
        ChartStyle.Legend(plot, items);
        return Figure.Of(plot, ChartStyle.Width, ChartStyle.Height);
    }

    private static double Position(int category, int series, double width) =>
        category - GroupWidth / 2 + (series + 0.5) * width;
}
