using System.Globalization;

namespace DevSim.Runner.Plots;

/// <summary>
/// The part every chart shares: the plot area, the mapping from data to pixels, grid, ticks, axis
/// labels, title and legend. Elements carry classes (plot-area, x-tick, y-tick, legend, point) so
/// that tests and stylesheets can find them.
/// </summary>
internal sealed class ChartFrame
{
    public const double Width = 840;
    public const double Height = 460;
    public static readonly string[] Palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"];

    private const double LeftMargin = 72;
    private const double RightMargin = 250;
    private const double TopMargin = 44;
    private const double BottomMargin = 58;

    public ChartFrame(string title, string xLabel, string yLabel, NiceScale x, NiceScale y, IReadOnlyList<(double Position, string Label)>? xCategories = null, bool yTicks = true)
    {
        YTicks = yTicks;
        Title = title;
        XLabel = xLabel;
        YLabel = yLabel;
        XScale = x;
        YScale = y;
        XCategories = xCategories;
    }

    public string Title { get; }
    public string XLabel { get; }
    public string YLabel { get; }
    public NiceScale XScale { get; }
    public NiceScale YScale { get; }
    public IReadOnlyList<(double Position, string Label)>? XCategories { get; }
    public bool YTicks { get; }

    public static double PlotLeft => LeftMargin;
    public static double PlotRight => Width - RightMargin;
    public static double PlotTop => TopMargin;
    public static double PlotBottom => Height - BottomMargin;

    public double X(double value) => PlotLeft + (value - XScale.Min) / (XScale.Max - XScale.Min) * (PlotRight - PlotLeft);

    public double Y(double value) => PlotBottom - (value - YScale.Min) / (YScale.Max - YScale.Min) * (PlotBottom - PlotTop);

    public static string Label(double value) => Math.Abs(value) >= 10_000
        ? value.ToString("0.#e0", CultureInfo.InvariantCulture)
        : value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Draws the background, grid, ticks, axis labels and title.</summary>
    public void DrawAxes(SvgDocument svg)
    {
        svg.Rect(PlotLeft, PlotTop, PlotRight - PlotLeft, PlotBottom - PlotTop, "#fafafa", "plot-area");
        foreach (var tick in YTicks ? YScale.Ticks : [])
        {
            var y = Y(tick);
            svg.Line(PlotLeft, y, PlotRight, y, "#dddddd");
            svg.Text(PlotLeft - 6, y + 4, Label(tick), "end", @class: "y-tick");
        }
        if (XCategories is { } categories)
        {
            foreach (var (position, label) in categories)
                svg.Text(X(position), PlotBottom + 16, label, @class: "x-tick");
        }
        else
        {
            foreach (var tick in XScale.Ticks)
            {
                var x = X(tick);
                svg.Line(x, PlotTop, x, PlotBottom, "#eeeeee");
                svg.Text(x, PlotBottom + 16, Label(tick), @class: "x-tick");
            }
        }
        svg.Line(PlotLeft, PlotBottom, PlotRight, PlotBottom, "#333333");
        svg.Line(PlotLeft, PlotTop, PlotLeft, PlotBottom, "#333333");
        svg.Text((PlotLeft + PlotRight) / 2, Height - 16, XLabel, size: 13);
        svg.Text(18, (PlotTop + PlotBottom) / 2, YLabel, size: 13, rotate: -90);
        svg.Text((PlotLeft + PlotRight) / 2, 24, Title, size: 15, bold: true);
    }

    /// <summary>
    /// Draws one legend row per entry, right of the plot: a filled swatch, or for lines a short
    /// stroke (dashed where the series is) so that series of one colour stay distinguishable.
    /// </summary>
    public static void DrawLegend(SvgDocument svg, IReadOnlyList<(string Name, string Color)> entries, IReadOnlyList<bool>? dashed = null)
    {
        var y = PlotTop + 8;
        for (var i = 0; i < entries.Count; i++)
        {
            var (name, color) = entries[i];
            if (dashed is null)
                svg.Rect(PlotRight + 14, y - 9, 14, 10, color, "legend-swatch");
            else
                svg.Line(PlotRight + 10, y - 4, PlotRight + 34, y - 4, color, 2.5, dashed[i] ? "6 4" : null);
            svg.Text(PlotRight + 40, y, name, "start", @class: "legend");
            y += 20;
        }
    }
}
