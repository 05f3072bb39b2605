namespace DevSim.Engine.Simulation;

/// <summary>Sees every execution of one replication as it ends; costs nothing when absent.</summary>
public interface IExecutionObserver
{
    /// <summary>Called when an execution ends, in time order.</summary>
    void OnExecution(in ExecutionRecord record);
}
