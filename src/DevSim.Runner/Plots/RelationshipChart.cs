using ScottPlot;

namespace DevSim.Runner.Plots;

/// <summary>
/// The relationship model of a staffing plan as a graph: the leader in the centre, everyone else on a
/// circle, each person's label outside the circle so that no link crosses it (links run inside), the
/// leader's links dashed grey, the distance links blue and bowed away from the centre so that a link
/// between opposite people does not run through the leader.
/// </summary>
internal sealed record RelationshipChart(string Title, string Subtitle, IReadOnlyList<RelationshipNode> Nodes,
    IReadOnlyList<(string From, string To, bool FromLeader)> Edges)
{
    private const double NodeRadius = 0.13;
    private const int Size = 760;
    private static readonly Color LeaderColour = ChartStyle.Colour(1);
    private static readonly Color HelpColour = ChartStyle.Colour(4);
    private static readonly Color MemberColour = ChartStyle.Colour(2);
    private static readonly Color LinkColour = ChartStyle.Colour(0);
    private static readonly Color LeaderLinkColour = Color.FromHex("#888888");

    /// <summary>The graph as a figure.</summary>
    public Figure Render()
    {
        var plot = ChartStyle.NewPlot(Title, Subtitle, "", null);
        plot.Axes.Bottom.Label.FontSize = 13;
        var at = Positions();
        foreach (var (from, to, fromLeader) in Edges)
        {
            var (a, b) = (at[from], at[to]);
            if (fromLeader)
                plot.Add.Plottable(new DashedPolyline([Toward(a, b), Toward(b, a)], LeaderLinkColour, 1.5f));
            else
                plot.Add.ScatterLine(Bowed(a, b), LinkColour).LineWidth = 2.5f;
        }
        foreach (var node in Nodes)
        {
            var centre = at[node.Id];
            var circle = plot.Add.Circle(centre, NodeRadius);
            circle.FillColor = node.Leader ? LeaderColour : node.NeedsHelp ? HelpColour : MemberColour;
            circle.LineColor = Colors.White;
            circle.LineWidth = 2;
            var id = plot.Add.Text(node.Id, centre);
            id.LabelFontSize = 15;
            id.LabelBold = true;
            id.LabelFontColor = Colors.White;
            id.LabelAlignment = Alignment.MiddleCenter;
            if (node.Leader)
                continue;
            // Outside the circle, on the ray from the centre: links stay inside the circle, so none crosses a label.
            var angle = Math.Atan2(centre.Y, centre.X);
            var label = plot.Add.Text(node.Label, Math.Cos(angle) * (1 + NodeRadius + 0.04), Math.Sin(angle) * (1 + NodeRadius + 0.04));
            label.LabelFontSize = 13;
            label.LabelAlignment = OutwardAlignment(angle);
        }
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Grid.IsVisible = false;
        plot.Axes.Frame(false);
        plot.Axes.SetLimits(-1.75, 1.75, -1.45, 1.45);
        // One unit the same length across and up, so that nodes are circles and the layout a true circle.
        plot.Axes.SquareUnits();
        var leader = Nodes.FirstOrDefault(n => n.Leader);
        var items = new List<LegendItem>();
        if (leader is not null)
            items.Add(ChartStyle.MarkerItem($"the leader ({leader.Id}: {leader.Label})", LeaderColour, MarkerShape.FilledCircle, 14));
        items.Add(ChartStyle.MarkerItem("a team member", MemberColour, MarkerShape.FilledCircle, 14));
        if (Nodes.Any(n => n.NeedsHelp && !n.Leader))
            items.Add(ChartStyle.MarkerItem("needs help (negative distance)", HelpColour, MarkerShape.FilledCircle, 14));
        if (Edges.Any(e => e.FromLeader))
            items.Add(ChartStyle.LineItem("the leader's link (grey, dashed)", LeaderLinkColour, MarkerShape.None));
        if (Edges.Any(e => !e.FromLeader))
            items.Add(ChartStyle.LineItem("a distance reaching the standard value", LinkColour, MarkerShape.None));
        ChartStyle.Legend(plot, items);
        return Figure.Of(plot, Size + 140, Size);
    }

    private Dictionary<string, Coordinates> Positions()
    {
        var at = new Dictionary<string, Coordinates>(StringComparer.Ordinal);
        var others = Nodes.Where(n => !n.Leader).ToList();
        foreach (var leader in Nodes.Where(n => n.Leader))
            at[leader.Id] = new Coordinates(0, 0);
        for (var i = 0; i < others.Count; i++)
        {
            var angle = Math.PI / 2 - 2 * Math.PI * i / others.Count;
            at[others[i].Id] = new Coordinates(Math.Cos(angle), Math.Sin(angle));
        }
        return at;
    }

    private static Alignment OutwardAlignment(double angle)
    {
        var (c, s) = (Math.Cos(angle), Math.Sin(angle));
        var horizontal = c > 0.35 ? 1 : c < -0.35 ? -1 : 0;
        var vertical = s > 0.35 ? 1 : s < -0.35 ? -1 : 0;
        return (horizontal, vertical) switch
        {
            (1, 1) => Alignment.LowerLeft,
            (1, -1) => Alignment.UpperLeft,
            (1, _) => Alignment.MiddleLeft,
            (-1, 1) => Alignment.LowerRight,
            (-1, -1) => Alignment.UpperRight,
            (-1, _) => Alignment.MiddleRight,
            (_, 1) => Alignment.LowerCenter,
            _ => Alignment.UpperCenter,
        };
    }

    /// <summary>The point on a's node boundary towards b.</summary>
    private static Coordinates Toward(Coordinates a, Coordinates b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var length = Math.Sqrt(dx * dx + dy * dy);
        return length < 1e-9 ? a : new Coordinates(a.X + dx / length * NodeRadius, a.Y + dy / length * NodeRadius);
    }

    /// <summary>A quadratic curve from a to b, bowed away from the centre, between the nodes' boundaries.</summary>
    private static Coordinates[] Bowed(Coordinates a, Coordinates b)
    {
        var mid = new Coordinates((a.X + b.X) / 2, (a.Y + b.Y) / 2);
        var length = Math.Sqrt(mid.X * mid.X + mid.Y * mid.Y);
        var (dx, dy) = length < 1e-6 ? (b.Y - a.Y, a.X - b.X) : (mid.X, mid.Y);
        var norm = Math.Sqrt(dx * dx + dy * dy);
        var bow = 0.5 * (1 - length);
        var control = new Coordinates(mid.X + dx / norm * bow, mid.Y + dy / norm * bow);
        const int segments = 32;
        var points = Enumerable.Range(0, segments + 1).Select(i =>
        {
            var t = (double)i / segments;
            var (u, v, w) = ((1 - t) * (1 - t), 2 * t * (1 - t), t * t);
            return new Coordinates(u * a.X + v * control.X + w * b.X, u * a.Y + v * control.Y + w * b.Y);
        });
        static double Distance(Coordinates p, Coordinates q) => Math.Sqrt((p.X - q.X) * (p.X - q.X) + (p.Y - q.Y) * (p.Y - q.Y));
        return [.. points.Where(p => Distance(p, a) >= NodeRadius && Distance(p, b) >= NodeRadius)];
    }
}
