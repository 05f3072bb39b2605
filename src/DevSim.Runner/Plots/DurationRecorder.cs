using DevSim.Engine.Simulation;

namespace DevSim.Runner.Plots;

/// <summary>
/// Collects each project's duration in the traced replication from its executions: from when it asked
/// for its first task (its arrival) to the end of its last execution. Holds two numbers per project, for the duration histogram of <c>simulate --plot</c>.
/// </summary>
internal sealed class DurationRecorder : IExecutionObserver
{
    private readonly List<(double Arrival, double End)> _projects = [];

    public void OnExecution(in ExecutionRecord record)
    {
        while (_projects.Count <= record.Project)
            _projects.Add((double.PositiveInfinity, double.NegativeInfinity));
        var (arrival, end) = _projects[record.Project];
        _projects[record.Project] = (Math.Min(arrival, record.Queued), Math.Max(end, record.End));
    }

    /// <summary>Durations of the projects from <paramref name="warmup"/> on that ran at least one execution, in project order.</summary>
    public IReadOnlyList<double> Durations(int warmup) =>
        [.. _projects.Skip(warmup).Where(p => double.IsFinite(p.Arrival) && double.IsFinite(p.End)).Select(p => p.End - p.Arrival)];
}
