using System.Reflection;
using ScottPlot;
using SkiaSharp;

namespace DevSim.Runner.Plots;

/// <summary>
/// The typeface of every figure: DejaVu Sans, embedded in devsim (Plots/Fonts, Bitstream Vera licence).
/// ScottPlot otherwise asks the machine for a font; on a machine without one its text vanishes
/// silently, and where one is found it may be a serif face. Registered once, before any plot is built,
/// because ScottPlot reads its default font name when a label is created.
/// </summary>
internal static class FigureFonts
{
    /// <summary>The family name under which the embedded typefaces are registered.</summary>
    public const string Sans = "DevSim Sans";

    private static readonly Lock Gate = new();
    private static bool registered;

    /// <summary>Makes the embedded typefaces ScottPlot's default, sans and only font; safe to call from any thread, any number of times.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (registered)
                return;
            var resolver = new EmbeddedFontResolver(Sans, Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf"));
            Fonts.FontResolvers.Insert(0, resolver);
            Fonts.Default = Sans;
            Fonts.Sans = Sans;
            registered = true;
        }
    }

    private static SKTypeface Load(string file)
    {
        var name = $"DevSim.Fonts.{file}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the font resource '{name}' is missing from devsim: the build did not embed Plots/Fonts/{file}");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"the embedded font '{file}' could not be read");
    }
}
