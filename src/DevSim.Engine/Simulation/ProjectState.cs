namespace DevSim.Engine.Simulation;

/// <summary>
/// A project in the system, in its slot: who it is, its running totals, and its current execution
/// or request. Its per-task state (pending work, done flags, random streams) lives in flat arrays
/// of the run, n entries a slot, because the rules read it as spans.
/// </summary>
internal struct ProjectState
{
    /// <summary>The project's number in arrival order (0-based).</summary>
    public int Project;

    /// <summary>The task being executed or waited for.</summary>
    public int Task;

    /// <summary>No work is pending before this position of the sequence: the static choice's scan starts here (processes of more than 64 tasks, where <see cref="PendingPositions"/> is not used).</summary>
    public int FirstPending;

    /// <summary>For n ≤ 64: bit p is set when the task at position p of the sequence has work pending.</summary>
    public ulong PendingPositions;

    /// <summary>Executions started so far: more than <see cref="Evaluation.SingleProjectRun.ExecutionLimit"/> means its rework never dies out.</summary>
    public int Executions;

    /// <summary>When the project arrived.</summary>
    public double Arrival;

    /// <summary>Time spent waiting for resources so far.</summary>
    public double Waiting;

    /// <summary>Time spent on rework (executions of tasks already done) so far.</summary>
    public double Rework;

    /// <summary>The amount of work of the current execution (1 for a first execution).</summary>
    public double Amount;

    /// <summary>When the current task was requested.</summary>
    public double Requested;

    /// <summary>When the current execution started.</summary>
    public double Started;

    /// <summary>Whether the project waits in a queue (kept only under reading (d), which looks for queued projects).</summary>
    public bool Queued;
}
