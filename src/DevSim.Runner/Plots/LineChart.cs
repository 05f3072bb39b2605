using ScottPlot;

namespace DevSim.Runner.Plots;

/// <summary>
/// Curves with markers and confidence bands against a numeric x axis. When the heaviest load's values
/// would squash the rest (the largest value more than <see cref="ZoomRatio"/> times the median), a
/// second panel below zooms on the stable range, so every load is readable in one of the two.
/// </summary>
internal sealed record LineChart(string Title, string XLabel, string YLabel, IReadOnlyList<LineSeries> Series)
{
    /// <summary>A zoom panel is added when the largest drawn value exceeds the median by this factor.</summary>
    public const double ZoomRatio = 2.5;

    /// <summary>The zoom panel shows values up to this multiple of the median.</summary>
    private const double ZoomTop = 1.6;

    /// <summary>Stretches of x to shade and label, drawn behind the curves.</summary>
    public IReadOnlyList<ShadedRegion> Regions { get; init; } = [];

    /// <summary>Published values drawn as markers.</summary>
    public IReadOnlyList<ReferencePoint> References { get; init; } = [];

    /// <summary>Vertical lines (computed limits).</summary>
    public IReadOnlyList<ReferenceLine> Lines { get; init; } = [];

    /// <summary>Horizontal lines (targets), kept in view.</summary>
    public IReadOnlyList<ReferenceLevel> Levels { get; init; } = [];

    /// <summary>A sentence under the x axis saying what the bands and markers are.</summary>
    public string? Caption { get; init; }

    /// <summary>What the bands around the lines are, for the legend.</summary>
    public string BandLabel { get; init; } = "band: 95% CI";

    /// <summary>Draw a horizontal line at y = 0 and keep 0 in view (difference plots).</summary>
    public bool ZeroLine { get; init; }

    /// <summary>
    /// The measure cannot be negative (a duration, a wait, a share, a utilisation): the axis starts at 0 even where a wide
    /// CI band (few replications) reaches below it, and bands end at the axis.
    /// </summary>
    public bool NonNegative { get; init; }

    /// <summary>Whether a zoom panel may be added (off where every value matters equally, for example utilisations).</summary>
    public bool AllowZoom { get; init; } = true;

    /// <summary>Whether the chart gets a zoomed second panel.</summary>
    public bool Zoomed => ZoomLimit() is not null;

    /// <summary>The chart as a figure: one panel, or the full range above a zoom on the stable range.</summary>
    public Figure Render()
    {
        if (ZoomLimit() is not { } top)
        {
            var single = Panel(Title, Caption, null, legend: true);
            return Figure.Of(single, ChartStyle.Width, ChartStyle.Height);
        }
        var full = Panel(Title, null, null, legend: false);
        var zoom = Panel(ZeroLine ? $"The same, zoomed on differences within ±{ChartStyle.Label(top)} (larger ones: panel above)"
            : $"The same, zoomed on values up to {ChartStyle.Label(top)} (higher points: panel above)", Caption, top, legend: true);
        var plots = new Multiplot();
        plots.RemovePlot(plots.GetPlot(0));
        plots.AddPlot(full);
        plots.AddPlot(zoom);
        plots.Layout = new ScottPlot.MultiplotLayouts.Rows();
        return Figure.Of(plots, ChartStyle.Width, ChartStyle.Height * 2 - 80);
    }

    /// <summary>The zoom panel's top, or null when every value fits one panel well.</summary>
    private double? ZoomLimit()
    {
        // Difference plots zoom on both sides of 0: their sizes are what matters.
        var values = Series.SelectMany(s => Enumerable.Range(0, s.X.Count).Where(s.Drawn).Select(i => ZeroLine ? Math.Abs(s.Y[i]) : s.Y[i])).Order().ToList();
        if (values.Count < 4 || !AllowZoom)
            return null;
        var median = values[values.Count / 2];
        if (!(median > 0) || values[^1] <= ZoomRatio * median)
            return null;
        // Differences keep room for their CIs, which are wide next to small means.
        var top = (ZeroLine ? ZoomRatio : ZoomTop) * median;
        var step = Math.Pow(10, Math.Floor(Math.Log10(top)) - 1);
        return Math.Ceiling(top / step) * step;
    }

    private Plot Panel(string title, string? caption, double? top, bool legend)
    {
        var plot = ChartStyle.NewPlot(title, XLabel, YLabel, caption);
        var (xMin, xMax) = XRange();
        var (yMin, yMax) = YRange(top);
        foreach (var (region, k) in Regions.Select((r, k) => (r, k)))
        {
            var span = plot.Add.HorizontalSpan(region.From, region.To, ChartStyle.Overloaded);
            span.LineWidth = 0;
            var label = plot.Add.Text(region.Label, (region.From + region.To) / 2, yMax);
            label.LabelFontSize = 12;
            label.LabelAlignment = Alignment.UpperCenter;
            label.OffsetY = 4 + 16 * k;
        }
        if (ZeroLine)
            plot.Add.HorizontalLine(0, 1, Color.FromHex("#444444"));
        for (var s = 0; s < Series.Count; s++)
            Draw(plot, Series[s], ChartStyle.Colour(Series[s].Colour ?? s));
        foreach (var group in References.GroupBy(r => r.Label))
            plot.Add.Markers(group.Select(r => r.X).ToArray(), group.Select(r => r.Y).ToArray(), MarkerShape.Eks, 13, ChartStyle.Paper).MarkerLineWidth = 2.5f;
        foreach (var line in Lines)
            plot.Add.VerticalLine(line.X, 2, ChartStyle.Colour(line.Colour));
        foreach (var level in Levels)
            plot.Add.HorizontalLine(level.Y, 2, ChartStyle.Colour(level.Colour), LinePattern.Dashed);
        plot.Axes.SetLimits(xMin, xMax, yMin, yMax);
        if (legend)
            ChartStyle.Legend(plot, LegendItems());
        else
            plot.HideLegend();
        return plot;
    }

    private static void Draw(Plot plot, LineSeries series, Color colour)
    {
        foreach (var run in series.Runs(series.Banded))
        {
            var band = plot.Add.FillY([.. run.Select(i => series.X[i])], [.. run.Select(i => series.Lower![i])], [.. run.Select(i => series.Upper![i])]);
            band.FillColor = colour.WithAlpha(0.16);
            band.LineWidth = 0;
        }
        foreach (var run in series.Runs(series.Drawn))
        {
            var points = run.Select(i => new Coordinates(series.X[i], series.Y[i])).ToList();
            if (series.Dashed)
            {
                plot.Add.Plottable(new DashedPolyline(points, colour, 2));
                continue;
            }
            var line = plot.Add.ScatterLine(points, colour);
            line.LineWidth = 2;
        }
        foreach (var state in new[] { PointState.Stable, PointState.Unsettled })
        {
            var at = Enumerable.Range(0, series.X.Count).Where(i => series.Drawn(i) && series.State(i) == state).ToList();
            if (at.Count == 0)
                continue;
            var shape = Shape(series.Dashed, state);
            var markers = plot.Add.Markers(at.Select(i => series.X[i]).ToArray(), at.Select(i => series.Y[i]).ToArray(), shape, state == PointState.Stable ? 7 : 10, colour);
            markers.MarkerLineWidth = 2;
        }
    }

    private static MarkerShape Shape(bool dashed, PointState state) => (dashed, state) switch
    {
        (false, PointState.Stable) => MarkerShape.FilledCircle,
        (false, _) => MarkerShape.OpenCircle,
        (true, PointState.Stable) => MarkerShape.FilledSquare,
        _ => MarkerShape.OpenSquare,
    };

    private List<LegendItem> LegendItems()
    {
        var items = Series.Select((s, i) => ChartStyle.LineItem(s.Dashed ? $"{s.Name} (dashed)" : s.Name,
            ChartStyle.Colour(s.Colour ?? i), Shape(s.Dashed, PointState.Stable))).ToList();
        var grey = Color.FromHex("#555555");
        if (Series.Any(s => Enumerable.Range(0, s.X.Count).Any(s.Banded)))
            items.Add(ChartStyle.FillItem(BandLabel, grey.WithAlpha(0.2)));
        if (Series.Any(s => Enumerable.Range(0, s.X.Count).Any(i => s.Drawn(i) && s.State(i) == PointState.Unsettled)))
            items.Add(ChartStyle.MarkerItem("hollow marker: unsettled estimate", grey, MarkerShape.OpenCircle));
        if (Regions.Count > 0)
            items.Add(ChartStyle.FillItem("shaded: overloaded (no steady state)", ChartStyle.Overloaded));
        foreach (var label in References.Select(r => r.Label).Distinct())
            items.Add(ChartStyle.MarkerItem(label, ChartStyle.Paper, MarkerShape.Eks, 12));
        foreach (var line in Lines)
            items.Add(ChartStyle.LineItem(line.Label, ChartStyle.Colour(line.Colour), MarkerShape.None));
        foreach (var level in Levels)
            items.Add(ChartStyle.LineItem(level.Label, ChartStyle.Colour(level.Colour), MarkerShape.None));
        return items;
    }

    private (double Min, double Max) XRange()
    {
        var xs = Series.SelectMany(s => s.X).Concat(Regions.SelectMany(r => new[] { r.From, r.To })).Concat(References.Select(r => r.X))
            .Concat(Lines.Select(l => l.X)).Where(double.IsFinite).ToList();
        if (xs.Count == 0)
            return (0, 1);
        var (min, max) = (xs.Min(), xs.Max());
        var pad = max > min ? 0.02 * (max - min) : 0.5;
        return (min - pad, max + pad);
    }

    private (double Min, double Max) YRange(double? top)
    {
        var ys = new List<double>();
        foreach (var s in Series)
        {
            for (var i = 0; i < s.X.Count; i++)
            {
                if (!s.Drawn(i) || (top is { } t && (ZeroLine ? Math.Abs(s.Y[i]) : s.Y[i]) > t))
                    continue;
                ys.Add(s.Y[i]);
                if (s.Banded(i))
                    ys.AddRange([s.Lower![i], s.Upper![i]]);
            }
        }
        ys.AddRange(References.Select(r => r.Y).Where(y => top is not { } t || Math.Abs(y) <= t));
        if (ZeroLine)
            ys.Add(0);
        ys.AddRange(Levels.Select(l => l.Y));
        ys = [.. ys.Where(double.IsFinite)];
        if (ys.Count == 0)
            return (0, 1);
        var (min, max) = (ys.Min(), ys.Max());
        if (NonNegative)
            (min, max) = (Math.Max(min, 0), Math.Max(max, 0));
        if (top is { } limit)
            (min, max) = ZeroLine ? (Math.Max(min, -limit), Math.Min(max, limit)) : (min, limit);
        var pad = max > min ? 0.06 * (max - min) : Math.Max(1, Math.Abs(max) * 0.1);
        var low = min >= 0 && min - pad < 0 ? 0 : min - pad;
        // Headroom above the highest value for the shaded regions' labels.
        return (low, max + pad * (Regions.Count > 0 ? 2.5 : 1));
    }
}
