using DevSim.Engine.Simulation;

namespace DevSim.Runner.Plots;

/// <summary>Hands every execution to one observer, then to a second when there is one (a recorder and a trace).</summary>
internal sealed class ChainedObserver(IExecutionObserver first, IExecutionObserver? second) : IExecutionObserver
{
    public void OnExecution(in ExecutionRecord record)
    {
        first.OnExecution(record);
        second?.OnExecution(record);
    }
}
