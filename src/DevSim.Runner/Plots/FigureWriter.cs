using System.Text;
using DevSim.Runner.Output;

namespace DevSim.Runner.Plots;

/// <summary>Writes figures as files, each under a temporary name renamed into place.</summary>
internal static class FigureWriter
{
    /// <summary>
    /// Writes <paramref name="figure"/> as <paramref name="name"/> (ending in .svg) and/or the same name ending
    /// in .png, in <paramref name="folder"/>; returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> Write(string folder, string name, Figure figure, FigureFormats formats)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var written = new List<string>();
        var svg = Path.Combine(folder, Path.ChangeExtension(name, ".svg"));
        if (formats.HasFlag(FigureFormats.Svg))
        {
            WriteBytes(svg, Encoding.UTF8.GetBytes(figure.ToSvg()));
            written.Add(svg);
        }
        if (formats.HasFlag(FigureFormats.Png))
        {
            var png = Path.ChangeExtension(svg, ".png");
            WriteBytes(png, figure.ToPng());
            written.Add(png);
        }
        return written;
    }

    /// <summary>Parses --figures: svg, png or both.</summary>
    public static FigureFormats? Parse(string? text) => text switch
    {
        "svg" => FigureFormats.Svg,
        "png" => FigureFormats.Png,
        "both" => FigureFormats.Both,
        _ => null,
    };

    private static void WriteBytes(string path, byte[] bytes) => AtomicFile.WriteBytes(path, bytes);
}
