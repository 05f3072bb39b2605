namespace DevSim.Runner.Plots;

/// <summary>One line: points (x, y) and, optionally, a band from Lower to Upper (a confidence interval).</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="X">X values.</param>
/// <param name="Y">Y values; a non-finite value breaks the line (for example an overloaded point).</param>
/// <param name="Lower">Lower band edge per point, or null.</param>
/// <param name="Upper">Upper band edge per point, or null.</param>
internal sealed record LineSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y,
    IReadOnlyList<double>? Lower = null, IReadOnlyList<double>? Upper = null)
{
    /// <summary>Draw the line dashed (for a secondary series of the same colour family).</summary>
    public bool Dashed { get; init; }

    /// <summary>Mark each point with a dot (off for dense curves such as distribution functions).</summary>
    public bool Markers { get; init; } = true;

    /// <summary>Palette index; null for the series' position.</summary>
    public int? Colour { get; init; }
}

/// <summary>A shaded stretch of the x axis with a label, for example where the system is overloaded.</summary>
internal sealed record ShadedRegion(double From, double To, string Label);

/// <summary>Lines with markers and optional shaded bands, on numeric axes.</summary>
internal sealed record LineChart(string Title, string XLabel, string YLabel, IReadOnlyList<LineSeries> Series)
{
    /// <summary>Stretches of x to shade and label, drawn behind the lines.</summary>
    public IReadOnlyList<ShadedRegion> Regions { get; init; } = [];

    /// <summary>The chart as an SVG document.</summary>
    public string Render()
    {
        var xs = Series.SelectMany(s => s.X).Concat(Regions.SelectMany(r => new[] { r.From, r.To })).Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        var ys = Series.SelectMany(s => s.Y.Concat(s.Lower ?? []).Concat(s.Upper ?? [])).Where(double.IsFinite).DefaultIfEmpty(0).ToList();
        var frame = new ChartFrame(Title, XLabel, YLabel, NiceScale.Cover(xs.Min(), xs.Max()), NiceScale.Cover(ys.Min(), ys.Max()));
        using var svg = new SvgDocument(ChartFrame.Width, ChartFrame.Height);
        frame.DrawAxes(svg);
        foreach (var region in Regions)
        {
            var left = frame.X(region.From);
            var right = frame.X(region.To);
            svg.Rect(left, ChartFrame.PlotTop, right - left, ChartFrame.PlotBottom - ChartFrame.PlotTop, "#bbbbbb", "region", 0.35, region.Label);
            svg.Text((left + right) / 2, ChartFrame.PlotTop + 16, region.Label, size: 11, @class: "region-label");
        }
        for (var s = 0; s < Series.Count; s++)
        {
            var series = Series[s];
            var color = ColourOf(s);
            foreach (var run in FiniteRuns(series))
            {
                if (series.Lower is { } lower && series.Upper is { } upper)
                {
                    var top = run.Select(i => (frame.X(series.X[i]), frame.Y(upper[i])));
                    var bottom = run.AsEnumerable().Reverse().Select(i => (frame.X(series.X[i]), frame.Y(lower[i])));
                    svg.Polygon(top.Concat(bottom), color, 0.18, "band");
                }
                svg.Polyline(run.Select(i => (frame.X(series.X[i]), frame.Y(series.Y[i]))), color, "line", dash: series.Dashed ? "6 4" : null);
            }
            for (var i = 0; i < series.X.Count && series.Markers; i++)
            {
                if (double.IsFinite(series.Y[i]))
                    svg.Circle(frame.X(series.X[i]), frame.Y(series.Y[i]), 3, color, "point", $"{series.Name}: ({ChartFrame.Label(series.X[i])}, {ChartFrame.Label(series.Y[i])})");
            }
        }
        ChartFrame.DrawLegend(svg, Series.Select((s, i) => (s.Name, ColourOf(i))).ToList(), [.. Series.Select(s => s.Dashed)]);
        return svg.ToString();
    }

    private string ColourOf(int series) => ChartFrame.Palette[(Series[series].Colour ?? series) % ChartFrame.Palette.Length];

    /// <summary>Index runs of consecutive points whose y (and band) are finite.</summary>
    private static List<List<int>> FiniteRuns(LineSeries s)
    {
        var runs = new List<List<int>>();
        var current = new List<int>();
        for (var i = 0; i < s.X.Count; i++)
        {
            var finite = double.IsFinite(s.Y[i]) && (s.Lower is null || double.IsFinite(s.Lower[i])) && (s.Upper is null || double.IsFinite(s.Upper[i]));
            if (finite)
            {
                current.Add(i);
                continue;
            }
            if (current.Count > 0)
                runs.Add(current);
            current = [];
        }
        if (current.Count > 0)
            runs.Add(current);
        return runs;
    }
}
