namespace DevSim.Engine.Simulation;

/// <summary>What a ranked discipline (<see cref="RankedDiscipline{TRank}"/>) orders its queues by; lower is served first.</summary>
internal interface IRequestRank
{
    /// <summary>The rank of the project in <paramref name="slot"/>'s request.</summary>
    double Rank(RunState run, int slot);
}

/// <summary><c>priority</c>: the smallest type priority.</summary>
internal struct PriorityRank : IRequestRank
{
    public readonly double Rank(RunState run, int slot) => run.TypeOf(slot).Priority;
}

/// <summary><c>edd</c>: the earliest due date; projects without one (due at infinity) last.</summary>
internal struct DueDateRank : IRequestRank
{
    public readonly double Rank(RunState run, int slot) => run.Due(slot);
}

/// <summary><c>srw</c>: the least expected remaining work (pending amount times d, over the project's tasks).</summary>
internal struct RemainingWorkRank : IRequestRank
{
    public readonly double Rank(RunState run, int slot) => run.RemainingWork(slot);
}

/// <summary>
/// <c>slack</c>: the least due date minus now minus expected remaining work. Every request compared
/// at one moment shares "now", so due date minus remaining work orders them the same.
/// </summary>
internal struct SlackRank : IRequestRank
{
    public readonly double Rank(RunState run, int slot) => run.Due(slot) - run.RemainingWork(slot);
}
