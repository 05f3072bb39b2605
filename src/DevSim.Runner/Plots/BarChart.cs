namespace DevSim.Runner.Plots;

/// <summary>One group member in a grouped bar chart: a value per category.</summary>
internal sealed record BarSeries(string Name, IReadOnlyList<double> Values);

/// <summary>Grouped vertical bars from zero, one group per category (for example static versus dynamic per resource).</summary>
internal sealed record BarChart(string Title, string XLabel, string YLabel, IReadOnlyList<string> Categories, IReadOnlyList<BarSeries> Series)
{
    /// <summary>The chart as an SVG document.</summary>
    public string Render()
    {
        var values = Series.SelectMany(s => s.Values).Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        var y = NiceScale.Cover(Math.Min(0, values.Min()), Math.Max(0, values.Max()));
        var categories = Categories.Select((c, i) => (i + 0.5, c)).ToList();
        var frame = new ChartFrame(Title, XLabel, YLabel, new NiceScale(0, Categories.Count, 1), y, categories);
        using var svg = new SvgDocument(ChartFrame.Width, ChartFrame.Height);
        frame.DrawAxes(svg);
        var groupWidth = 0.8;
        var barWidth = groupWidth / Math.Max(1, Series.Count);
        for (var s = 0; s < Series.Count; s++)
        {
            var color = ChartFrame.Palette[s % ChartFrame.Palette.Length];
            for (var c = 0; c < Categories.Count; c++)
            {
                var value = Series[s].Values[c];
                if (!double.IsFinite(value))
                    continue;
                var left = frame.X(c + 0.1 + s * barWidth);
                var right = frame.X(c + 0.1 + (s + 1) * barWidth);
                var top = frame.Y(Math.Max(0, value));
                var bottom = frame.Y(Math.Min(0, value));
                svg.Rect(left, top, right - left - 1, bottom - top, color, "bar", title: $"{Series[s].Name}, {Categories[c]}: {ChartFrame.Label(value)}");
            }
        }
        ChartFrame.DrawLegend(svg, Series.Select((s, i) => (s.Name, ChartFrame.Palette[i % ChartFrame.Palette.Length])).ToList());
        return svg.ToString();
    }
}
