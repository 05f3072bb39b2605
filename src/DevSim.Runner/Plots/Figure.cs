using System.Text;
using ScottPlot;
using SkiaSharp;

namespace DevSim.Runner.Plots;

/// <summary>
/// A finished drawing of a known size, rendered on demand as SVG or PNG. Rendering is deterministic:
/// the same figure gives the same bytes on every run (it never reads the clock or the machine's fonts).
/// </summary>
internal sealed class Figure
{
    private readonly Action<SKCanvas, PixelRect> draw;

    /// <summary>A figure drawn by <paramref name="draw"/> onto a canvas of the given size in pixels.</summary>
    public Figure(int width, int height, Action<SKCanvas, PixelRect> draw)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentNullException.ThrowIfNull(draw);
        (Width, Height, this.draw) = (width, height, draw);
    }

    /// <summary>A figure of one ScottPlot plot.</summary>
    public static Figure Of(Plot plot, int width, int height) => new(width, height, (canvas, rect) => plot.Render(canvas, rect));

    /// <summary>A figure of several plots stacked in rows (for example a full view and a zoom).</summary>
    public static Figure Of(Multiplot plots, int width, int height) => new(width, height, (canvas, rect) => plots.Render(canvas, rect));

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>The figure as an SVG document (text kept as text).</summary>
    public string ToSvg()
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, Width, Height), stream))
            draw(canvas, new PixelRect(0, Width, Height, 0));
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The figure as PNG bytes.</summary>
    public byte[] ToPng()
    {
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);
        draw(surface.Canvas, new PixelRect(0, Width, Height, 0));
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
