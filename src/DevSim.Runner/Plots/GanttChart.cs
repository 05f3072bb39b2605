namespace DevSim.Runner.Plots;

/// <summary>One bar in a lane: who held the resource from Start to End.</summary>
/// <param name="Lane">Lane index (a resource).</param>
/// <param name="Start">Start time.</param>
/// <param name="End">End time.</param>
/// <param name="Label">Shown on hover (for example the project and task).</param>
/// <param name="Colour">Palette index (for example the project number).</param>
internal sealed record GanttItem(int Lane, double Start, double End, string Label, int Colour);

/// <summary>A lane per resource, bars for the executions it served: the calendar view a planner reads.</summary>
internal sealed record GanttChart(string Title, string XLabel, IReadOnlyList<string> Lanes, IReadOnlyList<GanttItem> Items)
{
    /// <summary>The chart as an SVG document.</summary>
    public string Render()
    {
        var start = Items.Count > 0 ? Items.Min(i => i.Start) : 0;
        var end = Items.Count > 0 ? Items.Max(i => i.End) : 1;
        // Lanes run top to bottom, named on the right; the y axis has no numeric ticks.
        var frame = new ChartFrame(Title, XLabel, "", NiceScale.Cover(start, end), new NiceScale(0, Math.Max(1, Lanes.Count), 1), yTicks: false);
        using var svg = new SvgDocument(ChartFrame.Width, ChartFrame.Height);
        frame.DrawAxes(svg);
        var laneHeight = (ChartFrame.PlotBottom - ChartFrame.PlotTop) / Math.Max(1, Lanes.Count);
        for (var lane = 0; lane < Lanes.Count; lane++)
            svg.Text(ChartFrame.PlotRight + 8, ChartFrame.PlotTop + (lane + 0.6) * laneHeight, Lanes[lane], "start", size: 11, @class: "lane");
        foreach (var item in Items)
        {
            var top = ChartFrame.PlotTop + item.Lane * laneHeight + laneHeight * 0.15;
            svg.Rect(frame.X(item.Start), top, frame.X(item.End) - frame.X(item.Start), laneHeight * 0.7,
                ChartFrame.Palette[item.Colour % ChartFrame.Palette.Length], "item", opacity: 0.85, title: item.Label);
        }
        return svg.ToString();
    }
}
