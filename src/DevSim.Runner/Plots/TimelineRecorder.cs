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
