namespace DevSim.Engine.Simulation;

/// <summary>A project that has just finished, as observers see it.</summary>
/// <param name="Project">Its number in arrival order (0-based): observers decide from it whether it counts (the warm-up).</param>
/// <param name="Arrival">When it arrived.</param>
/// <param name="Completion">When its last execution ended; the duration is Completion − Arrival.</param>
/// <param name="Waiting">Time it spent in queues.</param>
/// <param name="Rework">Time it spent on executions of tasks already done.</param>
internal readonly record struct ProjectCompletion(int Project, double Arrival, double Completion, double Waiting, double Rework)
{
    /// <summary>Its type's index in the portfolio (0 for a scenario alone).</summary>
    public int Type { get; init; }

    /// <summary>Its due date; infinity when its type has none.</summary>
    public double Due { get; init; } = double.PositiveInfinity;

    /// <summary>Time it spent in the WIP backlog before it was admitted.</summary>
    public double Backlog { get; init; }

    /// <summary>How late it finished: completion − due date when after it, else 0.</summary>
    public double Tardiness => Math.Max(0, Completion - Due);

    /// <summary>Completion − arrival.</summary>
    public double Duration => Completion - Arrival;
}
