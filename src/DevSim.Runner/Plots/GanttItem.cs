namespace DevSim.Runner.Plots;

/// <summary>One bar of a calendar: a project's task held a resource from Start to End.</summary>
/// <param name="Lane">Lane index (a resource).</param>
/// <param name="Start">Start time.</param>
/// <param name="End">End time, at least Start.</param>
/// <param name="Project">The project (colours and labels the bar).</param>
/// <param name="Task">The task id.</param>
/// <param name="Rework">Whether this is a rework execution rather than the task's first.</param>
internal sealed record GanttItem(int Lane, double Start, double End, int Project, int Task, bool Rework)
{
    /// <summary>The project's type in a portfolio (0 for a scenario alone); colours the bar when the chart has types.</summary>
    public int Type { get; init; }
}
