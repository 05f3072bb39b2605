using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Runner.Plots;

/// <summary>The calendar of a simulation: executions as bars, lanes named by resource and who staffs it.</summary>
internal static class TimelineItems
{
    /// <summary>One bar per execution; an execution after the task's first is rework.</summary>
    public static IReadOnlyList<GanttItem> From(IEnumerable<ExecutionRecord> records)
    {
        var seen = new HashSet<(int Project, int Task)>();
        return [.. records.Select(r => new GanttItem(r.Resource, r.Start, r.End, r.Project, r.Task, !seen.Add((r.Project, r.Task))) { Type = r.Type })];
    }

    /// <summary>The calendar of <paramref name="records"/> on <paramref name="scenario"/>'s resources.</summary>
    public static Figure Chart(Scenario scenario, IReadOnlyList<ExecutionRecord> records, string title)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var lanes = scenario.Resources.Select((r, i) => new GanttLane(ResourceLabels.Of(i, r.Name, r.Person), r.Capacity)).ToList();
        return new GanttChart(title, "time (days)", lanes, From(records)).Render();
    }
}
