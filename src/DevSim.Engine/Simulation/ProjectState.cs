namespace DevSim.Engine.Simulation;

/// <summary>
/// A project in the system, in its slot: who it is, its type, running totals, and its current
/// execution or request. Its per-task state (pending work, done flags, random streams) lives in flat
/// arrays of the run, because the rules read it as spans: slot s's cells start at s times the largest
/// n among the types (its own offset; a type with fewer tasks leaves the rest unused), so the
/// state stays 80 bytes, as before types.
/// </summary>
internal struct ProjectState
{
    /// <summary>The project's number in arrival order over all types (0-based): the warm-up counts it.</summary>
    public int Project;

    /// <summary>Its type's index in the portfolio.</summary>
    public int Type;

    /// <summary>The task being executed or waited for.</summary>
    public int Task;

    /// <summary>No work is pending before this position of the sequence: the static choice's scan starts here (processes of more than 64 tasks, where <see cref="PendingPositions"/> is not used).</summary>
    public int FirstPending;

    /// <summary>For n ≤ 64: bit p is set when the task at position p of its type's sequence has work pending.</summary>
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
