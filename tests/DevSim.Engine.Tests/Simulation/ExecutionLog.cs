using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>Records every execution of a run, for tests that check who ran what, when.</summary>
internal sealed class ExecutionLog : IExecutionObserver
{
    public List<ExecutionRecord> Records { get; } = [];

    public void OnExecution(in ExecutionRecord record) => Records.Add(record);

    /// <summary>The task ids project <paramref name="project"/> executed, in the order they started.</summary>
    public int[] TasksOf(int project) =>
        [.. Records.Where(r => r.Project == project).OrderBy(r => r.Start).Select(r => r.Task)];
}
