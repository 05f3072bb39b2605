namespace DevSim.Runner.Plots;

/// <summary>Which files a figure is written as.</summary>
[Flags]
internal enum FigureFormats
{
    /// <summary>Scalable vector graphics: text stays text, for papers and browsers.</summary>
    Svg = 1,

    /// <summary>A bitmap, for documents and viewers without SVG.</summary>
    Png = 2,

    /// <summary>Both files, side by side (the default).</summary>
    Both = Svg | Png,
}
