using System.Text;
using ScottPlot;
using SkiaSharp;

namespace DevSim.Runner.Plots;

/// <summary>
/// A finished drawing of a known size, rendered on demand as SVG or PNG. Rendering is deterministic:
/// the same figure gives the same bytes on every run (it never reads the clock or the machine's fonts).
/// </summary>
internal sealed partial class Figure
{
    /// <summary>
    /// Renders that may pass before every legend has settled. A legend grows by at most its panel's padding (40 pixels,
    /// about two rows) a render, so this covers about 120 rows, more than any figure has room for.
    /// </summary>
    private const int MaxSettlingRenders = 64;

    private readonly Action<SKCanvas, PixelRect> draw;

    private readonly IReadOnlyList<Plot> plots;

    /// <summary>
    /// A figure drawn by <paramref name="draw"/> onto a canvas of the given size in pixels; <paramref name="plots"/> are
    /// the ScottPlot plots it draws, whose legends are settled before it is rendered (see <see cref="Settle"/>).
    /// </summary>
    public Figure(int width, int height, Action<SKCanvas, PixelRect> draw, IReadOnlyList<Plot>? plots = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentNullException.ThrowIfNull(draw);
        (Width, Height, this.draw, this.plots) = (width, height, draw, plots ?? []);
    }

    /// <summary>A figure of one ScottPlot plot.</summary>
    public static Figure Of(Plot plot, int width, int height) => new(width, height, (canvas, rect) => plot.Render(canvas, rect), [plot]);

    /// <summary>A figure of several plots stacked in rows (for example a full view and a zoom).</summary>
    public static Figure Of(Multiplot plots, int width, int height) => new(width, height, (canvas, rect) => plots.Render(canvas, rect), plots.GetPlots());

    /// <summary>
    /// SVG elements added on top of the drawing (for example tooltips), made after it is drawn so that they can ask
    /// the plot where its data landed; PNG has no place for them.
    /// </summary>
    public Func<string>? SvgOverlay { get; init; }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>The figure as an SVG document (text kept as text).</summary>
    public string ToSvg()
    {
        using var stream = new MemoryStream();
        Settle();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), stream))
            draw(canvas, new PixelRect(0, Width, Height, 0));
        var svg = Renumbered(Encoding.UTF8.GetString(stream.ToArray()));
        if (SvgOverlay is null)
            return svg;
        var end = svg.LastIndexOf("</svg>", StringComparison.Ordinal);
        return string.Concat(svg.AsSpan(0, end), SvgOverlay(), svg.AsSpan(end));
    }

    /// <summary>
    /// Skia numbers clip paths from a counter shared by the whole process, so the same figure would get other
    /// ids after other renders (or in another order on other threads): number them by first appearance instead.
    /// </summary>
    private static string Renumbered(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out var id))
                ids[m.Value] = id = $"clip{ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            return id;
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial System.Text.RegularExpressions.Regex ClipId();

    /// <summary>
    /// Renders onto a canvas that draws nothing until the layout is the one the figure keeps. ScottPlot renders again
    /// whenever the axis limits changed since its last render, which is always the case the first time: into an SVG that
    /// second pass would write every element twice (and darken translucent bands). And a legend beside the data
    /// (ours, under the plot) is given the height it measured in the previous render, plus its panel's padding: it
    /// starts as one row and grows by about two rows a render, the rows beyond its height cut off. One settling render
    /// was enough for short legends only: an SVG, written first, lost the last entries of a long legend that the PNG,
    /// rendered after it, showed. So render until no legend changes size (it fits, or the figure has no more room).
    /// </summary>
    private void Settle()
    {
        using var nothing = new SKNoDrawCanvas(Width, Height);
        var sizes = LegendSizes();
        for (var render = 0; render < MaxSettlingRenders; render++)
        {
            draw(nothing, new PixelRect(0, Width, Height, 0));
            var settled = LegendSizes();
            if (settled.SequenceEqual(sizes))
                return;
            sizes = settled;
        }
    }

    private PixelSize[] LegendSizes() => [.. plots.Select(p => p.Legend.LastRenderSize)];

    /// <summary>The figure as PNG bytes.</summary>
    public byte[] ToPng()
    {
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);
        Settle();
        draw(surface.Canvas, new PixelRect(0, Width, Height, 0));
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
