using ScottPlot;

namespace DevSim.Runner.Plots;

/// <summary>What every chart shares: the colours, the font, the sizes, and a legend under the plot that never covers data.</summary>
internal static class ChartStyle
{
    /// <summary>Default figure width in pixels.</summary>
    public const int Width = 960;

    /// <summary>Default height of one panel in pixels.</summary>
    public const int Height = 560;

    /// <summary>The Okabe-Ito palette: distinguishable with the common colour-vision deficiencies and in grey.</summary>
    public static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7"),
        Color.FromHex("#E69F00"), Color.FromHex("#56B4E9"), Color.FromHex("#F0E442"), Color.FromHex("#000000"),
    ];

    /// <summary>The colour of the paper's own values.</summary>
    public static readonly Color Paper = Color.FromHex("#000000");

    /// <summary>Shading for overloaded stretches.</summary>
    public static readonly Color Overloaded = Color.FromHex("#999999").WithAlpha(0.28);

    /// <summary>A palette colour by index, cycling.</summary>
    public static Color Colour(int index) => Palette[((index % Palette.Length) + Palette.Length) % Palette.Length];

    /// <summary>A new plot with the embedded font, a title, axis labels and an optional caption (under the x axis label).</summary>
    public static Plot NewPlot(string title, string xLabel, string yLabel, string? caption)
    {
        FigureFonts.Register();
        var plot = new Plot();
        plot.Title(title, 17);
        plot.Axes.Title.Label.Bold = true;
        plot.XLabel(string.IsNullOrEmpty(caption) ? xLabel : $"{xLabel}\n{Wrap(caption, 120)}", 14);
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Left.Label.Bold = false;
        plot.YLabel(yLabel, 14);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        plot.Axes.Bottom.Label.FontSize = 14;
        plot.Grid.MajorLineColor = Color.FromHex("#000000").WithAlpha(0.09);
        return plot;
    }

    /// <summary>The legend below the plot, wrapped in rows, with only the given entries (never one for something not drawn).</summary>
    public static void Legend(Plot plot, IReadOnlyList<LegendItem> items)
    {
        ArgumentNullException.ThrowIfNull(plot);
        if (items.Count == 0)
        {
            plot.HideLegend();
            return;
        }
        plot.Legend.ManualItems = [.. items];
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.Legend.FontSize = 13;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.OutlineColor = Color.FromHex("#BBBBBB");
        plot.ShowLegend(Edge.Bottom);
    }

    /// <summary>A legend entry for a line with a marker.</summary>
    public static LegendItem LineItem(string text, Color colour, MarkerShape marker) => new()
    {
        LabelText = text,
        LineColor = colour,
        LineWidth = 2,
        MarkerShape = marker,
        MarkerSize = 8,
        MarkerFillColor = colour,
        MarkerLineColor = colour,
    };

    /// <summary>A legend entry for a filled area.</summary>
    public static LegendItem FillItem(string text, Color colour) => new() { LabelText = text, FillColor = colour, LineWidth = 0 };

    /// <summary>A legend entry for a marker alone.</summary>
    public static LegendItem MarkerItem(string text, Color colour, MarkerShape marker, float size = 10) => new()
    {
        LabelText = text,
        MarkerShape = marker,
        MarkerSize = size,
        MarkerFillColor = colour,
        MarkerLineColor = colour,
        MarkerLineWidth = 2,
    };

    /// <summary>Breaks <paramref name="text"/> at spaces into lines of at most about <paramref name="width"/> characters.</summary>
    public static string Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
                line = line.Length == 0 ? word : $"{line} {word}";
        }
        lines.Add(line);
        return string.Join('\n', lines);
    }

    /// <summary>A number as a short label: integers plainly, others to three significant decimals.</summary>
    public static string Label(double value) => value.ToString(Math.Abs(value) >= 10_000 ? "0.#e0" : "0.###", System.Globalization.CultureInfo.InvariantCulture);
}
