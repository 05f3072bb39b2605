using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Runner.Plots;

/// <summary>
/// Keeps the executions of the first projects of a traced replication, for the calendar plot, and
/// passes every execution on to the next observer (the CSV trace) when there is one.
/// </summary>
internal sealed class TimelineRecorder(int projects, IExecutionObserver? next) : IExecutionObserver
{
    public List<ExecutionRecord> Records { get; } = [];

    public void OnExecution(in ExecutionRecord record)
    {
        if (record.Project < projects)
            Records.Add(record);
        next?.OnExecution(record);
    }
}

/// <summary>The calendar of a simulation: one lane per resource, named with who staffs it, one bar per execution.</summary>
internal static class TimelinePlot
{
    public static string Render(Scenario scenario, IReadOnlyList<ExecutionRecord> records, string title)
    {
        var lanes = scenario.Resources.Select((r, i) => $"{i + 1} {r.Name}{(r.Person is null ? "" : $" ({r.Person})")}").ToList();
        return new GanttChart(title, "time (days)", lanes, Items(records)).Render();
    }

    /// <summary>One bar per execution, coloured by project, with the project, task and rework amount on hover.</summary>
    public static IReadOnlyList<GanttItem> Items(IEnumerable<ExecutionRecord> records) =>
    [
        .. records.Select(r => new GanttItem(r.Resource, r.Start, r.End,
            $"project {r.Project}, task {r.Task}{(r.Amount < 1 ? $" (rework {r.Amount:0.###})" : "")}: {r.Start:0.#} to {r.End:0.#}", r.Project)),
    ];
}
