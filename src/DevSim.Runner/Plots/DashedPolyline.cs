using ScottPlot;
using SkiaSharp;

namespace DevSim.Runner.Plots;

/// <summary>
/// A dashed line through points, drawn as separate short strokes. Skia's SVG back end cannot write a
/// dash path effect (it prints "Unsupported path effect in addPaint." to stderr and draws a solid
/// line), so the dashes are real segments: the same in SVG and PNG, and stderr stays clean.
/// </summary>
internal sealed class DashedPolyline(IReadOnlyList<Coordinates> points, Color color, float width) : IPlottable
{
    private const float Dash = 7;
    private const float Gap = 5;

    /// <inheritdoc />
    public bool IsVisible { get; set; } = true;

    /// <inheritdoc />
    public IAxes Axes { get; set; } = new Axes();

    /// <inheritdoc />
    public IEnumerable<LegendItem> LegendItems => LegendItem.None;

    /// <inheritdoc />
    public AxisLimits GetAxisLimits() => points.Count == 0 ? AxisLimits.NoLimits : new AxisLimits(points);

    /// <inheritdoc />
    public void Render(RenderPack rp)
    {
        ArgumentNullException.ThrowIfNull(rp);
        using var paint = new SKPaint { Color = color.ToSKColor(), StrokeWidth = width, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Butt };
        // The dash pattern runs on across corners, as a dash effect would.
        var phase = 0f;
        for (var i = 1; i < points.Count; i++)
        {
            var a = Axes.GetPixel(points[i - 1]);
            var b = Axes.GetPixel(points[i]);
            var length = MathF.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y));
            var at = 0f;
            while (at < length)
            {
                var inDash = phase < Dash;
                var step = Math.Min(length - at, inDash ? Dash - phase : Dash + Gap - phase);
                if (inDash)
                {
                    var (t0, t1) = (at / length, (at + step) / length);
                    rp.Canvas.DrawLine(a.X + (b.X - a.X) * t0, a.Y + (b.Y - a.Y) * t0, a.X + (b.X - a.X) * t1, a.Y + (b.Y - a.Y) * t1, paint);
                }
                at += step;
                phase = (phase + step) % (Dash + Gap);
            }
        }
    }
}
