namespace DevSim.Engine.Simulation;

/// <summary>
/// The queue disciplines: their names in files, options and results (fifo, priority, edd, srw,
/// slack), their one-line descriptions, and the struct that carries each out. The one place a
/// discipline is listed; the CLI and portfolio and experiment files read it from here.
/// </summary>
public static class QueueDisciplineRegistry
{
    private static readonly DisciplineEntry[] Entries =
    [
        new(QueueDiscipline.Fifo, "fifo", "the earliest request (the paper's)", new DisciplineChoice<FifoDiscipline>()),
        new(QueueDiscipline.Priority, "priority", "the smallest type priority", new DisciplineChoice<RankedDiscipline<PriorityRank>>()),
        new(QueueDiscipline.Edd, "edd", "the earliest due date (projects without one last)", new DisciplineChoice<RankedDiscipline<DueDateRank>>()),
        new(QueueDiscipline.Srw, "srw", "the least expected remaining work", new DisciplineChoice<RankedDiscipline<RemainingWorkRank>>()),
        new(QueueDiscipline.Slack, "slack", "the least due date minus now minus expected remaining work", new DisciplineChoice<RankedDiscipline<SlackRank>>()),
    ];

    /// <summary>Every name, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Entries.Select(e => e.Name)];

    /// <summary>"name: description" for every discipline, separated by "; ", for help texts.</summary>
    public static string Help { get; } = string.Join("; ", Entries.Select(e => $"{e.Name}: {e.Description}")) + ". Ties go to the earlier request; no preemption.";

    /// <summary>The discipline's name.</summary>
    public static string Name(this QueueDiscipline discipline) => Entry(discipline).Name;

    /// <summary>The discipline's one-line description.</summary>
    public static string Description(this QueueDiscipline discipline) => Entry(discipline).Description;

    /// <summary>The discipline named <paramref name="name"/>, or null.</summary>
    public static QueueDiscipline? Parse(string? name) =>
        Entries.Where(e => e.Name == name).Select(e => (QueueDiscipline?)e.Discipline).FirstOrDefault();

    /// <summary>The run of <paramref name="plan"/> under its discipline and policies, watched by <paramref name="observer"/>.</summary>
    internal static IMultiProjectRun CreateRun<TObserver>(RunPlan plan, TObserver observer, bool usePositionSets = true)
        where TObserver : struct, IRunObserver =>
        Entry(plan.Discipline).Choice.Create(SequencingPolicyRegistry.Factory(plan), plan, observer, usePositionSets);

    private static DisciplineEntry Entry(QueueDiscipline discipline) =>
        Entries.FirstOrDefault(e => e.Discipline == discipline) ?? throw new ArgumentOutOfRangeException(nameof(discipline), discipline, "not a queue discipline");

    private sealed record DisciplineEntry(QueueDiscipline Discipline, string Name, string Description, IDisciplineChoice Choice);

    /// <summary>The registry's handle on one discipline struct: passes it on to the policy's run factory.</summary>
    private interface IDisciplineChoice
    {
        IMultiProjectRun Create<TObserver>(IRunFactory policy, RunPlan plan, TObserver observer, bool usePositionSets)
            where TObserver : struct, IRunObserver;
    }

    private sealed class DisciplineChoice<TDiscipline> : IDisciplineChoice
        where TDiscipline : struct, IQueueDiscipline
    {
        public IMultiProjectRun Create<TObserver>(IRunFactory policy, RunPlan plan, TObserver observer, bool usePositionSets)
            where TObserver : struct, IRunObserver =>
            policy.Create<TDiscipline, TObserver>(plan, usePositionSets, observer);
    }
}
