using ScottPlot;

namespace DevSim.Runner.Plots;

/// <summary>
/// The calendar a planner reads: a lane per resource, top to bottom, split into one sub-lane per server
/// so that simultaneous executions never overlap; first executions filled in their project's colour
/// and numbered when wide enough, rework pale with a red outline.
/// </summary>
internal sealed record GanttChart(string Title, string XLabel, IReadOnlyList<GanttLane> Lanes, IReadOnlyList<GanttItem> Items)
{
    private static readonly Color ReworkOutline = Color.FromHex("#B2182B");

    /// <summary>A sentence under the x axis.</summary>
    public string? Caption { get; init; }

    /// <summary>A portfolio's type names: when given, bars are coloured by their project's type (with a legend entry each), not by project.</summary>
    public IReadOnlyList<string>? Types { get; init; }

    /// <summary>The chart as a figure.</summary>
    public Figure Render()
    {
        var plot = ChartStyle.NewPlot(Title, XLabel, "", Caption);
        var (server, subLanes) = ServerLanes.Assign(Items, [.. Lanes.Select(l => l.Capacity)]);
        // Row positions from the top: lane L's sub-lane k sits at rowOf[L] + k, drawn downwards.
        var rowOf = new int[Lanes.Count];
        for (var l = 1; l < Lanes.Count; l++)
            rowOf[l] = rowOf[l - 1] + subLanes[l - 1];
        var rows = Lanes.Count == 0 ? 1 : rowOf[^1] + subLanes[^1];
        double Y(int lane, int sub) => rows - (rowOf[lane] + sub) - 0.5;

        var start = Items.Count > 0 ? Items.Min(i => i.Start) : 0;
        var end = Items.Count > 0 ? Items.Max(i => i.End) : 1;
        var span = Math.Max(end - start, 1e-9);
        // About 760 pixels of plot width: a bar this wide fits a project number.
        var labelWidth = span * 22 / 760;
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            var y = Y(item.Lane, server[i]);
            var colour = ChartStyle.Colour(Types is null ? item.Project : item.Type);
            var bar = plot.Add.Rectangle(item.Start, item.End, y - 0.36, y + 0.36);
            bar.FillColor = item.Rework ? colour.WithAlpha(0.3) : colour.WithAlpha(0.9);
            bar.LineColor = item.Rework ? ReworkOutline : Colors.White;
            bar.LineWidth = item.Rework ? 1.5f : 0.5f;
            if (item.End - item.Start >= labelWidth)
            {
                var text = plot.Add.Text(item.Project.ToString(System.Globalization.CultureInfo.InvariantCulture), (item.Start + item.End) / 2, y);
                text.LabelFontSize = 10;
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontColor = item.Rework ? Colors.Black : Colors.White;
            }
        }
        for (var l = 1; l < Lanes.Count; l++)
            plot.Add.HorizontalLine(rows - rowOf[l], 1, Color.FromHex("#888888"));
        var positions = new List<double>();
        var labels = new List<string>();
        for (var l = 0; l < Lanes.Count; l++)
        {
            for (var k = 0; k < subLanes[l]; k++)
            {
                positions.Add(Y(l, k));
                labels.Add(subLanes[l] == 1 ? Lanes[l].Name : k == 0 ? $"{Lanes[l].Name} · server 1" : $"server {k + 1}");
            }
        }
        plot.Axes.Left.SetTicks([.. positions], [.. labels]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimits(start - 0.01 * span, end + 0.01 * span, 0, rows);
        List<LegendItem> legend = Types is null
            ? [ChartStyle.FillItem("first execution (colour and number: the project)", ChartStyle.Colour(0).WithAlpha(0.9))]
            : [.. Types.Select((t, k) => ChartStyle.FillItem($"{t} (first execution; number: the project)", ChartStyle.Colour(k).WithAlpha(0.9)))];
        legend.Add(new LegendItem { LabelText = "rework execution", FillColor = ChartStyle.Colour(0).WithAlpha(0.3), OutlineColor = ReworkOutline, OutlineWidth = 1.5f });
        ChartStyle.Legend(plot, legend);
        var height = Math.Max(ChartStyle.Height, 200 + 26 * rows);
        return new Figure(ChartStyle.Width + 120, height, (canvas, rect) => plot.Render(canvas, rect), [plot]) { SvgOverlay = () => Tooltips(plot, server, Y) };
    }

    /// <summary>
    /// An invisible rectangle over every bar with a title (a browser shows it on hover): project, task, resource, start,
    /// end and whether it was rework. Placed from the plot's last render, in the items' order, so the bytes are the same every time.
    /// </summary>
    private string Tooltips(Plot plot, int[] server, Func<int, int, double> y)
    {
        var svg = new System.Text.StringBuilder("<g fill=\"#000000\" fill-opacity=\"0\">");
        static string N(double v) => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            var middle = y(item.Lane, server[i]);
            var topLeft = plot.GetPixel(new Coordinates(item.Start, middle + 0.36));
            var bottomRight = plot.GetPixel(new Coordinates(item.End, middle - 0.36));
            var type = Types is null ? "" : $" ({Types[item.Type]})";
            var title = $"project {item.Project}{type}, task {item.Task}, {Lanes[item.Lane].Name}: {N(item.Start)} to {N(item.End)} days, " +
                (item.Rework ? "rework" : "first execution");
            svg.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"<rect x=\"{N(topLeft.X)}\" y=\"{N(topLeft.Y)}\" width=\"{N(Math.Max(1, bottomRight.X - topLeft.X))}\" height=\"{N(bottomRight.Y - topLeft.Y)}\">" +
                $"<title>{System.Security.SecurityElement.Escape(title)}</title></rect>");
        }
        return svg.Append("</g>").ToString();
    }
}
