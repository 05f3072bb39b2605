namespace DevSim.Runner.Plots;

/// <summary>A person in the relationship model: id, label (with the task held) and whether they lead.</summary>
internal sealed record RelationshipNode(string Id, string Label, bool Leader, bool NeedsHelp);

/// <summary>
/// The relationship model of a staffing plan as a graph: the leader in the centre, everyone else on a
/// circle around, the leader's links in grey and the links the distance table makes in colour.
/// </summary>
internal sealed record RelationshipChart(string Title, string Subtitle, IReadOnlyList<RelationshipNode> Nodes, IReadOnlyList<(string From, string To, bool FromLeader)> Edges)
{
    private const double Size = 640, Radius = 220, NodeRadius = 26;

    /// <summary>The graph as an SVG document.</summary>
    public string Render()
    {
        using var svg = new SvgDocument(Size, Size);
        svg.Text(Size / 2, 28, Title, size: 16, bold: true);
        svg.Text(Size / 2, 50, Subtitle, size: 12);
        var centre = (X: Size / 2, Y: Size / 2 + 20);
        var others = Nodes.Where(n => !n.Leader).ToList();
        var at = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        foreach (var leader in Nodes.Where(n => n.Leader))
            at[leader.Id] = centre;
        for (var i = 0; i < others.Count; i++)
        {
            var angle = -Math.PI / 2 + 2 * Math.PI * i / others.Count;
            at[others[i].Id] = (centre.X + Radius * Math.Cos(angle), centre.Y + Radius * Math.Sin(angle));
        }
        foreach (var (from, to, fromLeader) in Edges)
        {
            var (a, b) = (at[from], at[to]);
            if (fromLeader)
                svg.Line(a.X, a.Y, b.X, b.Y, "#999999", 1.5, "6 4");
            else
                svg.Polyline(Bowed(a, b, centre), ChartFrame.Palette[0], "edge", 2.5);
        }
        foreach (var node in Nodes)
        {
            var (x, y) = at[node.Id];
            svg.Circle(x, y, NodeRadius, node.Leader ? ChartFrame.Palette[1] : node.NeedsHelp ? ChartFrame.Palette[4] : ChartFrame.Palette[2], "node", node.Label);
            svg.Text(x, y + 5, node.Id, size: 14, bold: true);
            svg.Text(x, y + NodeRadius + 16, node.Label, size: 11);
        }
        svg.Text(Size / 2, Size - 14, "grey dashed: the leader's links; blue: a distance reaching the standard value; orange: the leader; yellow: needs help", size: 10);
        return svg.ToString();
    }

    /// <summary>
    /// A link between two people on the circle, bowed away from the centre so that it never hides the
    /// leader's links (a straight chord between opposite people would run through the leader).
    /// </summary>
    private static List<(double X, double Y)> Bowed((double X, double Y) a, (double X, double Y) b, (double X, double Y) centre)
    {
        var mid = (X: (a.X + b.X) / 2, Y: (a.Y + b.Y) / 2);
        var (dx, dy) = (mid.X - centre.X, mid.Y - centre.Y);
        var length = Math.Sqrt(dx * dx + dy * dy);
        if (length < 1e-6)
            (dx, dy, length) = (b.Y - a.Y, a.X - b.X, Math.Sqrt((b.Y - a.Y) * (b.Y - a.Y) + (a.X - b.X) * (a.X - b.X)));
        var bow = 0.45 * (Radius - length);
        var control = (X: mid.X + dx / length * bow, Y: mid.Y + dy / length * bow);
        const int segments = 24;
        return [.. Enumerable.Range(0, segments + 1).Select(i =>
        {
            var t = (double)i / segments;
            var (u, v, w) = ((1 - t) * (1 - t), 2 * t * (1 - t), t * t);
            return (u * a.X + v * control.X + w * b.X, u * a.Y + v * control.Y + w * b.Y);
        })];
    }
}
