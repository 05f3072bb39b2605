using ScottPlot;
using SkiaSharp;

namespace DevSim.Runner.Plots;

/// <summary>Answers ScottPlot's font requests for one family name with typefaces loaded from memory (regular and bold).</summary>
internal sealed class EmbeddedFontResolver(string family, SKTypeface regular, SKTypeface bold) : IFontResolver
{
    /// <inheritdoc />
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        fontName == family ? (weight >= FontWeight.SemiBold ? bold : regular) : null;

    /// <inheritdoc />
    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, italic ? FontSlant.Italic : FontSlant.Upright, FontSpacing.Normal);
}
