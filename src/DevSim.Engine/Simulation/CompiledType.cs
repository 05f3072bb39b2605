using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;

namespace DevSim.Engine.Simulation;

/// <summary>
/// One project type compiled for the run (docs/model.md#project-types): its process, its tasks'
/// resources in the pool, its sequence, policy, arrival process, priority, due allowance and WIP cap.
/// </summary>
internal sealed class CompiledType
{
    /// <summary>Type t ≥ 1 draws below the replication's seed with key <c>TypeKeyBase + t</c>, far above any project number (docs/model.md#stream-keys).</summary>
    public const ulong TypeKeyBase = 1UL << 63;

    /// <param name="index">Its position in the portfolio (0-based): type 0 draws exactly as a scenario alone does.</param>
    /// <param name="name">Its name.</param>
    /// <param name="model">Its process.</param>
    /// <param name="taskResource">The pool resource of each of its tasks (0-based).</param>
    /// <param name="sequence">Its sequence of task indices (0-based).</param>
    /// <param name="policy">Its sequencing policy.</param>
    /// <param name="arrivals">When its projects arrive.</param>
    /// <param name="priority">Its priority (smaller is more urgent).</param>
    /// <param name="dueAllowance">Days from arrival to due date; infinity when it has none.</param>
    /// <param name="wipCap">At most this many of its projects active at once; int.MaxValue when uncapped.</param>
    public CompiledType(int index, string name, ProcessModel model, int[] taskResource, int[] sequence, SequencingPolicy policy,
        IArrivalProcess arrivals, int priority = 0, double dueAllowance = double.PositiveInfinity, int wipCap = int.MaxValue)
    {
        Index = index;
        Name = name;
        Model = model;
        TaskCount = model.TaskCount;
        TaskResource = taskResource;
        TaskDuration = model.TaskDuration;
        Sequence = sequence;
        Policy = policy;
        Arrivals = arrivals;
        Priority = priority;
        DueAllowance = dueAllowance;
        WipCap = wipCap;
        Constrained = !model.Precedence.IsEmpty;
    }

    public int Index { get; }

    public string Name { get; }

    public ProcessModel Model { get; }

    /// <summary>n of this type.</summary>
    public int TaskCount { get; }

    /// <summary>The pool resource of each task.</summary>
    public int[] TaskResource { get; }

    /// <summary>The nominal duration d of each task.</summary>
    public double[] TaskDuration { get; }

    public int[] Sequence { get; }

    public SequencingPolicy Policy { get; }

    public IArrivalProcess Arrivals { get; }

    public int Priority { get; }

    public double DueAllowance { get; }

    public int WipCap { get; }

    /// <summary>Whether its process has precedence pairs (the dynamic policy then checks them, by a scan).</summary>
    public bool Constrained { get; }

    /// <summary>The seed below which this type's arrivals and projects draw in a replication seeded <paramref name="replicationSeed"/>.</summary>
    public ulong Seed(ulong replicationSeed) => Index == 0 ? replicationSeed : SeedMixer.Derive(replicationSeed, TypeKeyBase + (ulong)Index);

    /// <summary>The same type following another sequence (task indices) and arriving by another process.</summary>
    public CompiledType With(int[] sequence, IArrivalProcess arrivals) =>
        new(Index, Name, Model, TaskResource, sequence, Policy, arrivals, Priority, DueAllowance, WipCap);
}
