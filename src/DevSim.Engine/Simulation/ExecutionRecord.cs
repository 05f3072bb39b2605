namespace DevSim.Engine.Simulation;

/// <summary>One task execution in a multi-project run, for traces and timelines.</summary>
/// <param name="Project">The project's number (0-based, in arrival order).</param>
/// <param name="Task">The task id.</param>
/// <param name="Resource">The resource index.</param>
/// <param name="Amount">1 for a first execution, the rework fraction otherwise.</param>
/// <param name="Queued">When the project asked for the resource.</param>
/// <param name="Start">When the execution started.</param>
/// <param name="End">When it ended.</param>
public readonly record struct ExecutionRecord(int Project, int Task, int Resource, double Amount, double Queued, double Start, double End)
{
    /// <summary>The project's type (its index in the portfolio; 0 for a scenario alone).</summary>
    public int Type { get; init; }
}
