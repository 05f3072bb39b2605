using ScottPlot;

namespace DevSim.Runner.Plots;

/// <summary>
/// A heatmap of a task x task matrix (rows = the task reworked, columns = the task causing it): each cell shaded by
/// its value's size from white to one colour, with the value written in it; empty cells (NaN) stay white with a grey frame.
/// </summary>
/// <remarks>
/// Cells are drawn as rectangles rather than with ScottPlot's bitmap heatmap, so the SVG holds vectors and text,
/// and the labels sit exactly on their cells.
/// </remarks>
internal sealed record MatrixChart(string Title, string XLabel, string YLabel, IReadOnlyList<string> RowLabels,
    IReadOnlyList<string> ColumnLabels, double[,] Values)
{
    /// <summary>The colour of the largest magnitude.</summary>
    private static readonly Color Full = Color.FromHex("#B2182B");

    /// <summary>A sentence under the x axis saying what the cells are.</summary>
    public string? Caption { get; init; }

    /// <summary>The chart as a figure.</summary>
    public Figure Render()
    {
        var rows = RowLabels.Count;
        var columns = ColumnLabels.Count;
        if (Values.GetLength(0) != rows || Values.GetLength(1) != columns)
            throw new ArgumentException($"{rows} x {columns} labels for a {Values.GetLength(0)} x {Values.GetLength(1)} matrix");
        var plot = ChartStyle.NewPlot(Title, XLabel, YLabel, Caption);
        var largest = 0.0;
        foreach (var v in Values)
        {
            if (double.IsFinite(v))
                largest = Math.Max(largest, Math.Abs(v));
        }
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var value = Values[r, c];
                // Row 1 on top, as a matrix is read.
                var (left, bottom) = (c - 0.5, rows - 1 - r - 0.5);
                var cell = plot.Add.Rectangle(left, left + 1, bottom, bottom + 1);
                cell.LineColor = Color.FromHex("#CCCCCC");
                cell.LineWidth = 1;
                if (!double.IsFinite(value))
                {
                    cell.FillColor = Colors.White;
                    continue;
                }
                var share = largest > 0 ? Math.Abs(value) / largest : 0;
                cell.FillColor = Shade(share);
                var rounded = Math.Round(value, 2);
                var label = plot.Add.Text(ChartStyle.Label(rounded == 0 ? 0 : rounded), c, rows - 1 - r); // never "-0"
                label.LabelFontSize = columns > 12 ? 9 : 12;
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontColor = share > 0.55 ? Colors.White : Colors.Black;
            }
        }
        plot.Axes.Bottom.SetTicks([.. ColumnLabels.Select((_, c) => (double)c)], [.. ColumnLabels.Select(l => ChartStyle.Wrap(l, 10))]);
        plot.Axes.Left.SetTicks([.. RowLabels.Select((_, r) => (double)(rows - 1 - r))], [.. RowLabels]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.IsVisible = false;
        plot.Axes.SetLimits(-0.5, columns - 0.5, -0.5, rows - 0.5);
        plot.HideLegend();
        return Figure.Of(plot, ChartStyle.Width, ChartStyle.Width * 7 / 8);
    }

    /// <summary>White at 0, <see cref="Full"/> at 1, linearly in each channel.</summary>
    private static Color Shade(double share)
    {
        static byte Mix(byte full, double s) => (byte)Math.Round(255 - (255 - full) * s);
        var s = Math.Clamp(share, 0, 1);
        return new Color(Mix(Full.Red, s), Mix(Full.Green, s), Mix(Full.Blue, s));
    }
}
