using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;

namespace DevSim.Engine.Simulation;

/// <summary>
/// The state of a multi-project run that its strategies may read: the clock, the project types,
/// the projects in their slots with their per-task cells, the pool's resources. The run
/// (<see cref="MultiProjectRun{TPolicy, TDiscipline, TObserver}"/>) derives from it and alone changes
/// it; a policy or discipline is handed the run as a <see cref="RunState"/>, so that it reads the
/// same fields with no copy and no indirection.
/// </summary>
internal abstract class RunState
{
    private protected CompiledType[] _types;
    private protected readonly RunType[] _kinds; // per type: what the hot paths read, the position sets among it
    private protected readonly int _stride; // cells per slot: the largest n among the types
    private protected readonly int _m;
    private protected readonly ResourceState[] _resources;
    private protected readonly IdleResources _idle;

    // Per project slot: the project, and its cells (n of its type, at its offset).
    private protected int _slots;
    private protected ProjectState[] _projects = [];
    private protected double[] _pending = [];
    private protected bool[] _done = [];
    private protected SplitMix64[] _streams = [];
    private protected double[] _due = [];     // per slot: the project's due date (infinity when none)
    private protected double[] _backlogWait = []; // per slot: its time in the WIP backlog

    private protected double _now;

    /// <summary>Working memory for runs of <paramref name="plan"/>'s types and pool.</summary>
    private protected RunState(RunPlan plan, bool usePositionSets)
    {
        _types = plan.Types;
        _stride = plan.MaxTaskCount;
        _m = plan.Capacity.Length;
        _resources = new ResourceState[_m];
        _idle = new IdleResources(_resources);
        _kinds = [.. _types.Select(t => new RunType(t, _m, usePositionSets))];
    }

    /// <summary>The number of resources in the pool.</summary>
    public int PoolSize => _m;

    /// <summary>The project types, in the portfolio's order.</summary>
    public ReadOnlySpan<CompiledType> Types => _types;

    /// <summary>The simulated time now.</summary>
    public double Now => _now;

    /// <summary>Which resources have a free server, for <see cref="NextTaskRule"/>'s generic scans.</summary>
    public IdleResources Idle => _idle;

    /// <summary>What the hot paths read of type <paramref name="type"/>: its sequence, task resources, position sets.</summary>
    public ref readonly RunType Kind(int type) => ref _kinds[type];

    /// <summary>The type of the project in <paramref name="slot"/>.</summary>
    public CompiledType TypeOf(int slot) => _types[_projects[slot].Type];

    /// <summary>For n ≤ 64 (when <see cref="PositionSets.Enabled"/>), pending work and idle resources as bit sets of positions in <paramref name="type"/>'s sequence.</summary>
    public ref readonly PositionSets Sets(int type) => ref _kinds[type].Sets;

    /// <summary>The project in <paramref name="slot"/>.</summary>
    public ref readonly ProjectState Project(int slot) => ref _projects[slot];

    /// <summary>The pending amount of each task of the project in <paramref name="slot"/> (0 when none).</summary>
    public ReadOnlySpan<double> Pending(int slot) => new(_pending, slot * _stride, _kinds[_projects[slot].Type].TaskCount);

    /// <summary>Whether each task of the project in <paramref name="slot"/> has been executed at least once.</summary>
    public ReadOnlySpan<bool> Done(int slot) => new(_done, slot * _stride, _kinds[_projects[slot].Type].TaskCount);

    /// <summary>The due date of the project in <paramref name="slot"/>; infinity when its type has none.</summary>
    public double Due(int slot) => _due[slot];

    /// <summary>Resource <paramref name="resource"/>: its capacity and busy servers.</summary>
    public ref readonly ResourceState Resource(int resource) => ref _resources[resource];

    /// <summary>The expected remaining work of the project in <paramref name="slot"/>: Σ pending amount × d over its tasks.</summary>
    public double RemainingWork(int slot)
    {
        var pending = Pending(slot);
        var d = _kinds[_projects[slot].Type].TaskDuration;
        var work = 0.0;
        for (var t = 0; t < pending.Length; t++)
            work += pending[t] * d[t];
        return work;
    }

    /// <summary>The expected work of the project in <paramref name="slot"/>'s current request: its pending amount × d.</summary>
    public double RequestWork(int slot)
    {
        ref readonly var project = ref _projects[slot];
        return _pending[slot * _stride + project.Task] * _kinds[project.Type].TaskDuration[project.Task];
    }

    /// <summary>The expected work the discipline would serve at <paramref name="resource"/> before a request of the project in <paramref name="slot"/>, given the work queued there.</summary>
    public abstract double WorkAhead(int resource, int slot, double queuedWork);

    /// <summary>The resources' idleness as <see cref="NextTaskRule"/> asks for it.</summary>
    internal readonly struct IdleResources(ResourceState[] resources) : IResourceAvailability
    {
        public bool IsIdle(int resource) => resources[resource].IsIdle;
    }
}
