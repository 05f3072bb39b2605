namespace DevSim.Runner.Plots;

/// <summary>
/// Puts each execution of a resource on one of its servers so that no two executions of a server
/// overlap: in order of start, each goes to the lowest-numbered server already free. A resource never
/// runs more executions at once than it has servers, so this never needs more sub-lanes than its
/// capacity; when given such input anyway it opens extra sub-lanes rather than draw bars over each other.
/// </summary>
internal static class ServerLanes
{
    /// <summary>The server (sub-lane) of every item, and the number of sub-lanes per lane.</summary>
    public static (int[] Server, int[] SubLanes) Assign(IReadOnlyList<GanttItem> items, IReadOnlyList<int> capacities)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(capacities);
        var server = new int[items.Count];
        var subLanes = capacities.Select(c => Math.Max(1, c)).ToArray();
        foreach (var lane in items.Select((item, i) => (item, i)).GroupBy(x => x.item.Lane))
        {
            var freeAt = new List<double>();
            foreach (var (item, i) in lane.OrderBy(x => x.item.Start).ThenBy(x => x.item.End).ThenBy(x => x.i))
            {
                var k = freeAt.FindIndex(t => t <= item.Start);
                if (k < 0)
                {
                    freeAt.Add(item.End);
                    k = freeAt.Count - 1;
                }
                freeAt[k] = item.End;
                server[i] = k;
            }
            subLanes[lane.Key] = Math.Max(subLanes[lane.Key], freeAt.Count);
        }
        return (server, subLanes);
    }
}
