using ScottPlot;

namespace DevSim.Runner.Plots;

/// <summary>
/// One vertical bar per category made of stacked segments (one per series, in the series' colours, from
/// zero upwards), with an optional marker per category (a measured total to set beside the stack) and a
/// horizontal reference level.
/// </summary>
internal sealed record StackedBarChart(string Title, string XLabel, string YLabel, IReadOnlyList<string> Categories, IReadOnlyList<BarSeries> Stacks)
{
    /// <summary>A marker per category (non-finite values are not drawn), or null.</summary>
    public BarSeries? Marker { get; init; }

    /// <summary>A dashed horizontal line with a legend entry, or null.</summary>
    public ReferenceLevel? Level { get; init; }

    /// <summary>A sentence under the x axis.</summary>
    public string? Caption { get; init; }

    /// <summary>The chart as a figure, wider when there are many categories so that their labels stay apart.</summary>
    public Figure Render()
    {
        var plot = ChartStyle.NewPlot(Title, XLabel, YLabel, Caption);
        var top = 0.0;
        var bars = new List<Bar>();
        for (var c = 0; c < Categories.Count; c++)
        {
            var height = 0.0;
            for (var s = 0; s < Stacks.Count; s++)
            {
                var value = Stacks[s].Values[c];
                if (!double.IsFinite(value) || value <= 0)
                    continue;
                bars.Add(new Bar
                {
                    Position = c,
                    ValueBase = height,
                    Value = height + value,
                    Size = 0.7,
                    FillColor = ChartStyle.Colour(s),
                    LineColor = Colors.White,
                    LineWidth = 0.8f,
                });
                height += value;
            }
            top = Math.Max(top, height);
        }
        plot.Add.Bars(bars).Horizontal = false;
        var items = Stacks.Select((s, i) => ChartStyle.FillItem(s.Name, ChartStyle.Colour(i))).ToList();
        if (Marker is { } marker)
        {
            var drawn = Enumerable.Range(0, Categories.Count).Where(c => double.IsFinite(marker.Values[c])).ToArray();
            var dots = plot.Add.Markers(drawn.Select(c => (double)c).ToArray(), drawn.Select(c => marker.Values[c]).ToArray(), MarkerShape.FilledDiamond, 11, ChartStyle.Paper);
            dots.MarkerLineWidth = 1.5f;
            top = drawn.Select(c => marker.Values[c]).Append(top).Max();
            items.Add(ChartStyle.MarkerItem(marker.Name, ChartStyle.Paper, MarkerShape.FilledDiamond, 10));
        }
        if (Level is { } level && double.IsFinite(level.Y))
        {
            var line = plot.Add.HorizontalLine(level.Y, 1.5f, ChartStyle.Colour(level.Colour), LinePattern.Dashed);
            top = Math.Max(top, level.Y);
            var entry = ChartStyle.LineItem(level.Label, ChartStyle.Colour(level.Colour), MarkerShape.None);
            entry.LinePattern = LinePattern.Dashed;
            items.Add(entry);
        }
        plot.Axes.Bottom.SetTicks([.. Categories.Select((_, c) => (double)c)], [.. Categories.Select(c => ChartStyle.Wrap(c, 12))]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimits(-0.6, Categories.Count - 0.4, 0, top > 0 ? top * 1.12 : 1);
        ChartStyle.Legend(plot, items);
        // About 96 pixels per category keeps wrapped labels of 12 characters apart.
        return Figure.Of(plot, Math.Max(ChartStyle.Width, 200 + 96 * Categories.Count), ChartStyle.Height);
    }
}
