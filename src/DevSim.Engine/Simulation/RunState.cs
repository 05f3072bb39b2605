using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;

namespace DevSim.Engine.Simulation;

/// <summary>
/// The state of a multi-project run that its strategies may read: the clock, the projects in
/// their slots with their per-task cells, the resources. The run (<see cref="MultiProjectRun{TPolicy, TDiscipline, TObserver}"/>)
/// derives from it and alone changes it; a policy or discipline is handed the run as a
/// <see cref="RunState"/>, so that it reads the same fields with no copy and no indirection.
/// </summary>
internal abstract class RunState
{
    private protected readonly ProcessModel _model;
    private protected readonly int _n;
    private protected readonly int _m;
    private protected readonly int[] _taskResource;
    private protected readonly double[] _taskDuration;
    private protected readonly ResourceState[] _resources;
    private protected readonly IdleResources _idle;
    private protected PositionSets _sets;

    // Per project slot: the project, and its n task cells.
    private protected int _slots;
    private protected ProjectState[] _projects = [];
    private protected double[] _pending = [];
    private protected bool[] _done = [];
    private protected SplitMix64[] _streams = [];

    private protected int[] _sequence = [];
    private protected double _now;

    /// <summary>Working memory for runs of <paramref name="model"/>.</summary>
    private protected RunState(ProcessModel model, bool usePositionSets)
    {
        _model = model;
        _n = model.TaskCount;
        _m = model.ResourceCapacity.Length;
        _taskResource = model.TaskResource;
        _taskDuration = model.TaskDuration;
        _resources = new ResourceState[_m];
        _idle = new IdleResources(_resources);
        _sets = new PositionSets(_n, _m, usePositionSets);
    }

    /// <summary>The process.</summary>
    public ProcessModel Model => _model;

    /// <summary>The simulated time now.</summary>
    public double Now => _now;

    /// <summary>The sequence of task indices (0-based) every project follows.</summary>
    public ReadOnlySpan<int> Sequence => _sequence;

    /// <summary>The resource index of each task.</summary>
    public int[] TaskResource => _taskResource;

    /// <summary>The nominal duration d of each task.</summary>
    public double[] TaskDuration => _taskDuration;

    /// <summary>Which resources have a free server, for <see cref="NextTaskRule"/>'s generic scans.</summary>
    public IdleResources Idle => _idle;

    /// <summary>For n ≤ 64 (when <see cref="PositionSets.Enabled"/>), pending work and idle resources as bit sets of sequence positions.</summary>
    public ref readonly PositionSets Sets => ref _sets;

    /// <summary>The project in <paramref name="slot"/>.</summary>
    public ref readonly ProjectState Project(int slot) => ref _projects[slot];

    /// <summary>The pending amount of each task of the project in <paramref name="slot"/> (0 when none).</summary>
    public ReadOnlySpan<double> Pending(int slot) => new(_pending, slot * _n, _n);

    /// <summary>Whether each task of the project in <paramref name="slot"/> has been executed at least once.</summary>
    public ReadOnlySpan<bool> Done(int slot) => new(_done, slot * _n, _n);

    /// <summary>Resource <paramref name="resource"/>: its capacity and busy servers.</summary>
    public ref readonly ResourceState Resource(int resource) => ref _resources[resource];

    /// <summary>The resources' idleness as <see cref="NextTaskRule"/> asks for it.</summary>
    internal readonly struct IdleResources(ResourceState[] resources) : IResourceAvailability
    {
        public bool IsIdle(int resource) => resources[resource].IsIdle;
    }
}
