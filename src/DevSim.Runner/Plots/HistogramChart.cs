using ScottPlot;

namespace DevSim.Runner.Plots;

/// <summary>Overlaid translucent histograms on shared bins (for example two sequences' duration distributions), with optional vertical lines.</summary>
internal sealed record HistogramChart(string Title, string XLabel, string YLabel, IReadOnlyList<double> Edges, IReadOnlyList<HistogramSeries> Series)
{
    /// <summary>Vertical lines: means, published values.</summary>
    public IReadOnlyList<ReferenceLine> Lines { get; init; } = [];

    /// <summary>A sentence under the x axis.</summary>
    public string? Caption { get; init; }

    /// <summary>The chart as a figure.</summary>
    public Figure Render()
    {
        var plot = ChartStyle.NewPlot(Title, XLabel, YLabel, Caption);
        var top = 0.0;
        for (var s = 0; s < Series.Count; s++)
        {
            var bars = new List<Bar>();
            for (var b = 0; b < Edges.Count - 1; b++)
            {
                var value = Series[s].Density[b];
                if (!(value > 0) || !double.IsFinite(value))
                    continue;
                bars.Add(new Bar
                {
                    Position = (Edges[b] + Edges[b + 1]) / 2,
                    Value = value,
                    Size = Edges[b + 1] - Edges[b],
                    FillColor = ChartStyle.Colour(s).WithAlpha(0.5),
                    LineWidth = 0,
                });
                top = Math.Max(top, value);
            }
            plot.Add.Bars(bars);
        }
        foreach (var line in Lines)
            plot.Add.VerticalLine(line.X, 2, ChartStyle.Colour(line.Colour));
        var low = Edges.Count > 0 ? Math.Min(Edges[0], Lines.Select(l => l.X).DefaultIfEmpty(Edges[0]).Min()) : 0;
        var high = Edges.Count > 0 ? Math.Max(Edges[^1], Lines.Select(l => l.X).DefaultIfEmpty(Edges[^1]).Max()) : 1;
        var pad = high > low ? 0.02 * (high - low) : 1;
        plot.Axes.SetLimits(low - pad, high + pad, 0, top > 0 ? top * 1.12 : 1);
        var items = Series.Select((s, i) => ChartStyle.FillItem(s.Name, ChartStyle.Colour(i).WithAlpha(0.5))).ToList();
        items.AddRange(Lines.DistinctBy(l => l.Label).Select(l => ChartStyle.LineItem(l.Label, ChartStyle.Colour(l.Colour), MarkerShape.None)));
        ChartStyle.Legend(plot, items);
        return Figure.Of(plot, ChartStyle.Width, ChartStyle.Height);
    }
}
