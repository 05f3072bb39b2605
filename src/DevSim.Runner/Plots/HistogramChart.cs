namespace DevSim.Runner.Plots;

/// <summary>Densities of one sample in the bins of <see cref="HistogramChart.Edges"/>.</summary>
internal sealed record HistogramSeries(string Name, IReadOnlyList<double> Density);

/// <summary>Overlaid translucent histograms on shared bins (for example two sequences' duration distributions).</summary>
internal sealed record HistogramChart(string Title, string XLabel, string YLabel, IReadOnlyList<double> Edges, IReadOnlyList<HistogramSeries> Series)
{
    /// <summary>The chart as an SVG document.</summary>
    public string Render()
    {
        var top = Series.SelectMany(s => s.Density).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        var frame = new ChartFrame(Title, XLabel, YLabel, NiceScale.Cover(Edges[0], Edges[^1]), NiceScale.Cover(0, top));
        using var svg = new SvgDocument(ChartFrame.Width, ChartFrame.Height);
        frame.DrawAxes(svg);
        for (var s = 0; s < Series.Count; s++)
        {
            var color = ChartFrame.Palette[s % ChartFrame.Palette.Length];
            for (var b = 0; b < Edges.Count - 1; b++)
            {
                var value = Series[s].Density[b];
                if (!(value > 0))
                    continue;
                var left = frame.X(Edges[b]);
                var right = frame.X(Edges[b + 1]);
                svg.Rect(left, frame.Y(value), right - left, frame.Y(0) - frame.Y(value), color, "bar", 0.55,
                    $"{Series[s].Name}, [{ChartFrame.Label(Edges[b])}, {ChartFrame.Label(Edges[b + 1])}): {value:0.####}");
            }
        }
        ChartFrame.DrawLegend(svg, Series.Select((s, i) => (s.Name, ChartFrame.Palette[i % ChartFrame.Palette.Length])).ToList());
        return svg.ToString();
    }
}
