using DevSim.Engine.Evaluation;
using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;

namespace DevSim.Engine.Simulation;

/// <summary>
/// One replication of the multi-project simulation (docs/model.md#sequencing-policies, #measures, #project-types):
/// projects of each type arrive, pass the admission stage (the WIP cap's backlog), follow the
/// next-task rule, queue at the pool's resources of capacity c, and rework as the rework rule says.
/// State lives in flat arrays indexed by project slot, reused across replications, so events
/// allocate nothing. The sequencing policy (<typeparamref name="TPolicy"/>) decides what a project
/// does when its static choice's resource is busy, the queue discipline (<typeparamref name="TDiscipline"/>)
/// which waiting request a freed server takes and which backlogged project enters next; the run's
/// measures are gathered by observers of its events: the standard <see cref="ReplicationStatistics"/>
/// and an extra <typeparamref name="TObserver"/> (<see cref="NoRunObserver"/> when none). The type
/// arguments are structs, so the JIT specialises the loop for each and inlines their hooks.
/// </summary>
/// <remarks>
/// At a completion the resource is handed to the next queued project before the finishing
/// project chooses its next task, so a project that needs the same resource again queues behind.
/// </remarks>
/// <typeparam name="TPolicy">The sequencing policy.</typeparam>
/// <typeparam name="TDiscipline">The queue discipline.</typeparam>
/// <typeparam name="TObserver">An extra observer of the run's events.</typeparam>
internal sealed class MultiProjectRun<TPolicy, TDiscipline, TObserver> : RunState, IMultiProjectRun
    where TPolicy : struct, ISequencingPolicy
    where TDiscipline : struct, IQueueDiscipline
    where TObserver : struct, IRunObserver
{
    private const int ArrivalEvent = -1; // type t's next arrival is the payload ArrivalEvent - t
    private const ulong ArrivalStreamKey = ulong.MaxValue;

    private readonly RunPlan _layout;
    private readonly EventQueue _events = new(64);
    private readonly ReplicationStatistics _statistics = new();
    private TPolicy _policy;
    private TDiscipline _queues;
    private TObserver _observer;

    private bool _queuedProjectsLeave;
    private bool _finiteArrivals; // every type's arrivals are a finite list: the window runs to the last completion
    private bool _byType; // a portfolio run: completions carry type, due date and backlog wait
    private int[] _free = [];
    private int _freeCount;
    private ulong _seed;
    private int _inSystem;
    private int _executionsSinceFinish;

    // Per type, per replication: its arrival stream, its next project number, its seed.
    private SplitMix64[] _arrivalStreams = [];
    private int[] _typeProjects = [];
    private ulong[] _typeSeeds = [];
    private int[] _typeMax = []; // the most projects its arrival process delivers (a trace's length)

    // The admission stage (docs/model.md#work-in-process-cap): active projects overall and per type,
    // and per type the backlog of projects waiting to enter, ordered by the discipline.
    private bool _capped;
    private int _wipCap;
    private int _active;
    private int[] _activeOf = [];
    private RequestHeap[] _backlog = [];

    /// <summary>Working memory for replications of <paramref name="plan"/>'s types and pool.</summary>
    /// <param name="plan">The layout: its types' processes and the pool's size; each run may change sequences, arrivals and settings.</param>
    /// <param name="usePositionSets">Whether to use <see cref="PositionSets"/> when n ≤ 64; false only to test them against the scans.</param>
    /// <param name="observer">The extra observer, in its initial state.</param>
    public MultiProjectRun(RunPlan plan, bool usePositionSets = true, TObserver observer = default)
        : base(plan, usePositionSets)
    {
        _layout = plan;
        _observer = observer;
        _queues = new TDiscipline();
        _queues.Initialize(this);
        _policy = new TPolicy();
        _policy.Initialize(this);
        _backlog = [.. _types.Select(_ => new RequestHeap())];
        _activeOf = new int[_types.Length];
        _arrivalStreams = new SplitMix64[_types.Length];
        _typeProjects = new int[_types.Length];
        _typeSeeds = new ulong[_types.Length];
        _typeMax = new int[_types.Length];
        GrowSlots(16);
    }

    /// <summary>Working memory for replications of <paramref name="model"/> alone, queueing first come, first served.</summary>
    public MultiProjectRun(ProcessModel model, bool usePositionSets = true, TObserver observer = default)
        : this(RunPlan.Single(model, new SimulationOptions(), [.. Enumerable.Range(0, model.TaskCount)]), usePositionSets, observer)
    {
    }

    /// <inheritdoc/>
    public ReplicationResult Run(SimulationOptions options, int[] sequence, int replication, IExecutionObserver? observer) =>
        Run(RunPlan.Single(_layout.Types[0].Model, options, sequence), replication, observer);

    /// <inheritdoc/>
    /// <exception cref="ReworkDivergenceException">A project needs more than <see cref="SingleProjectRun.ExecutionLimit"/> executions.</exception>
    public ReplicationResult Run(RunPlan plan, int replication, IExecutionObserver? observer)
    {
        var options = plan.Options;
        Reset(plan, SeedMixer.Derive(options.Seed, (ulong)replication));
        var projects = options.Projects;
        var warmup = options.EffectiveWarmup;
        var maxInSystem = options.MaxProjectsInSystem;
        for (var t = 0; t < _types.Length; t++)
        {
            _arrivalStreams[t] = new SplitMix64(SeedMixer.Derive(_typeSeeds[t], ArrivalStreamKey));
            _events.Schedule(_types[t].Arrivals.ArrivalTime(0, 0, ref _arrivalStreams[t]), ArrivalEvent - t);
        }
        var arrived = 0;

        long events = 0;
        var stoppedEarly = false;
        while (_events.Count > 0)
        {
            var (time, payload) = _events.Dequeue();
            if (payload > ArrivalEvent)
            {
                _now = time;
                events++;
                Complete(payload, observer);
                continue;
            }
            if (arrived == projects)
                continue; // another type's arrival after the last project counted: never happens
            _now = time;
            events++;
            var type = ArrivalEvent - payload;
            var project = arrived++;
            if (project == warmup)
            {
                _statistics.WindowOpened(_now);
                _observer.WindowOpened(_now);
            }
            if (arrived == projects && !_finiteArrivals)
                CloseWindow(_now);
            var next = ++_typeProjects[type];
            if (arrived < projects && next < _typeMax[type])
                _events.Schedule(_types[type].Arrivals.ArrivalTime(next, _now, ref _arrivalStreams[type]), payload);
            Arrive(type, next - 1, project);
            if (_inSystem > maxInSystem)
            {
                stoppedEarly = true;
                ThrowIfReworkDiverges();
                break;
            }
        }
        return End(replication, events, stoppedEarly);
    }

    /// <summary>
    /// A run stopped by the overload limit may be one whose rework never dies out, which fills the
    /// system long before any project reaches the execution limit; one project of each type alone
    /// tells the two apart (it diverges only if its process does) without touching the run's numbers.
    /// </summary>
    /// <exception cref="ReworkDivergenceException">One project alone passes the execution limit.</exception>
    private void ThrowIfReworkDiverges()
    {
        foreach (var type in _types)
            new SingleProjectRun(type.Model).Run(type.Sequence, _typeSeeds[type.Index]);
    }

    public override double WorkAhead(int resource, int slot, double queuedWork) => _queues.WorkAhead(this, resource, slot, queuedWork);

    private void Reset(RunPlan plan, ulong seed)
    {
        _types = plan.Types;
        _queuedProjectsLeave = _types.Any(t => t.Model.QueuedProjectsLeave);
        _finiteArrivals = _types.All(t => t.Arrivals.MaxProjects is not null);
        _capped = plan.Capped;
        _byType = plan.ByType;
        _wipCap = plan.WipCap;
        _statistics.Begin(plan);
        _observer.Begin(plan);
        _policy.Reset();
        _seed = seed;
        _now = 0;
        _events.Clear();
        _queues.Reset();
        for (var r = 0; r < _m; r++)
            _resources[r] = new ResourceState { Capacity = plan.Capacity[r] };
        for (var t = 0; t < _types.Length; t++)
        {
            _kinds[t].Use(_types[t]);
            _typeSeeds[t] = _types[t].Seed(seed);
            _typeMax[t] = _types[t].Arrivals.MaxProjects ?? int.MaxValue;
            _typeProjects[t] = 0;
            _activeOf[t] = 0;
            _backlog[t].Clear();
        }
        _active = 0;
        _freeCount = 0;
        for (var s = _slots - 1; s >= 0; s--)
            _free[_freeCount++] = s;
        _inSystem = 0;
        _executionsSinceFinish = 0;
    }

    private void CloseWindow(double end)
    {
        _statistics.WindowClosed(end);
        _observer.WindowClosed(end);
    }

    /// <summary>Project <paramref name="number"/> of type <paramref name="type"/>, the <paramref name="project"/>-th arrival overall, arrives now.</summary>
    private void Arrive(int type, int number, int project)
    {
        if (_freeCount == 0)
            GrowSlots(_slots * 2);
        var slot = _free[--_freeCount];
        var offset = slot * _stride;
        var kind = _types[type];
        var n = kind.TaskCount;
        kind.Model.StartProject(new Span<double>(_pending, offset, n), new Span<bool>(_done, offset, n),
            new Span<SplitMix64>(_streams, offset, n), SeedMixer.Derive(_typeSeeds[type], (ulong)number));
        _projects[slot] = new ProjectState
        {
            Project = project,
            Type = type,
            Arrival = _now,
            PendingPositions = _kinds[type].Sets.All,
        };
        _due[slot] = _now + kind.DueAllowance;
        _backlogWait[slot] = 0;
        _statistics.ProjectArrived(slot, project, _now);
        _observer.ProjectArrived(slot, project, _now);
        TouchSystem();
        _inSystem++;
        if (!_capped)
        {
            Advance(slot);
            return;
        }
        if (_active < _wipCap && _activeOf[type] < kind.WipCap)
            Admit(slot);
        else
            _backlog[type].Push(slot, _queues.Rank(this, slot), project);
    }

    /// <summary>The project in <paramref name="slot"/> enters the run past the WIP cap.</summary>
    private void Admit(int slot)
    {
        ref var project = ref _projects[slot];
        _backlogWait[slot] = _now - project.Arrival;
        _active++;
        _activeOf[project.Type]++;
        _observer.ProjectAdmitted(slot, project.Type, _now);
        Advance(slot);
    }

    /// <summary>While the caps allow, the backlogged project first in the discipline's order (ties: earlier arrival) among the types with room enters.</summary>
    private void Release()
    {
        while (_active < _wipCap)
        {
            var best = -1;
            for (var t = 0; t < _types.Length; t++)
            {
                var backlog = _backlog[t];
                if (backlog.Count == 0 || _activeOf[t] >= _types[t].WipCap)
                    continue;
                if (best < 0 || backlog.PeekRank < _backlog[best].PeekRank ||
                    (backlog.PeekRank == _backlog[best].PeekRank && backlog.PeekOrder < _backlog[best].PeekOrder))
                    best = t;
            }
            if (best < 0)
                return;
            Admit(_backlog[best].Pop());
        }
    }

    /// <summary>The project in <paramref name="slot"/> picks its next task: starts it, queues for it, or finishes.</summary>
    private void Advance(int slot)
    {
        ref var project = ref _projects[slot];
        ref var type = ref _kinds[project.Type];
        var sequence = type.Sequence;
        var position = type.Sets.Enabled
            ? PositionSets.First(project.PendingPositions)
            : NextTaskRule.StaticChoice(sequence, new ReadOnlySpan<double>(_pending, slot * _stride, type.TaskCount), project.FirstPending);
        if (position < 0)
        {
            Finish(slot);
            return;
        }
        project.FirstPending = position;
        var task = sequence[position];
        var resource = type.TaskResource[task];
        if (_resources[resource].IsIdle)
        {
            Start(slot, task, _now);
            return;
        }
        var alternative = _policy.Alternative(this, slot, position);
        if (alternative >= 0)
        {
            Start(slot, sequence[alternative], _now);
            return;
        }
        Touch(resource);
        project.Task = task;
        project.Requested = _now;
        project.Queued = true;
        _queues.Enqueue(this, resource, slot);
        _policy.Queued(this, slot, resource);
    }

    private void Start(int slot, int task, double requested)
    {
        var now = _now;
        ref var project = ref _projects[slot];
        var kind = project.Type;
        ref readonly var type = ref _kinds[kind];
        var resource = type.TaskResource[task];
        Touch(resource);
        ref var state = ref _resources[resource];
        if (++state.Busy == state.Capacity)
        {
            if (_kinds.Length == 1)
                _kinds[0].Sets.Filled(resource);
            else
                FillAll(resource);
        }
        var cell = slot * _stride + task;
        ref var pending = ref _pending[cell];
        var amount = pending;
        pending = 0;
        var duration = amount * type.Durations.Sample(task, ref _streams[cell]);
        // A cycle of full-size rework would otherwise keep this project, and the run, going for ever.
        if (++project.Executions > SingleProjectRun.ExecutionLimit)
            throw ReworkDivergenceException.For(_types[kind].Model.Scenario, project.Executions);
        // With many such projects sharing the resources, each reaches the limit only after all of
        // them together have done that many times more; no process finishes no project in that many.
        if (++_executionsSinceFinish > SingleProjectRun.ExecutionLimit)
            throw ReworkDivergenceException.For(_types[kind].Model.Scenario, _executionsSinceFinish, noProjectFinished: true);
        project.PendingPositions &= ~type.Sets.Bit(task);
        project.Task = task;
        project.Amount = amount;
        project.Requested = requested;
        project.Started = now;
        project.Waiting += now - requested;
        _statistics.ServiceStarted(slot, resource, requested, now);
        _observer.ServiceStarted(slot, resource, requested, now);
        _events.Schedule(now + duration, slot);
        _policy.Started(this, slot, resource);
    }

    /// <summary>Resource <paramref name="resource"/> has no free server any more: every type's position sets learn it.</summary>
    private void FillAll(int resource)
    {
        foreach (ref var kind in _kinds.AsSpan())
            kind.Sets.Filled(resource);
    }

    /// <summary>Resource <paramref name="resource"/> has a free server again: every type's position sets learn it.</summary>
    private void FreeAll(int resource)
    {
        foreach (ref var kind in _kinds.AsSpan())
            kind.Sets.Freed(resource);
    }

    private void Complete(int slot, IExecutionObserver? observer)
    {
        ref var project = ref _projects[slot];
        var kind = project.Type;
        var task = project.Task;
        var resource = _kinds[kind].TaskResource[task];
        var duration = _now - project.Started;
        Touch(resource);
        ref var state = ref _resources[resource];
        if (state.Busy-- == state.Capacity)
        {
            if (_kinds.Length == 1)
                _kinds[0].Sets.Freed(resource);
            else
                FreeAll(resource);
        }
        _policy.Ended(this, slot, resource);
        _statistics.ExecutionEnded(slot, resource, duration);
        _observer.ExecutionEnded(slot, resource, duration);
        var offset = slot * _stride;
        ref readonly var type = ref _kinds[kind];
        var n = type.TaskCount;
        // An execution of a task already done is rework; whether it is comes up either way, so no branch (adding 0 changes nothing).
        project.Rework += Branchless.OrZero(_done[offset + task], duration);
        observer?.OnExecution(new ExecutionRecord(project.Project, task + 1, resource, project.Amount, project.Requested, project.Started, _now)
        {
            Type = kind,
        });
        var pending = new Span<double>(_pending, offset, n);
        var done = new Span<bool>(_done, offset, n);
        if (type.Model.DefaultReworkRule)
        {
            // Rework only raises pending work, so the raised tasks' bits added to the pending set give the set anew.
            var raised = ReworkRule.CompleteDefault(type.Model, task, project.Amount, pending, done, ref _streams[offset + task],
                type.Sets.Enabled ? type.Sets.Bits : default);
            project.PendingPositions |= raised;
            // Only the scans of processes beyond 64 tasks read where pending work starts (Advance rewrites it before anyone else reads it).
            if (!type.Sets.Enabled && raised != 0)
                project.FirstPending = 0;
        }
        else if (ReworkRule.Complete(type.Model, task, project.Amount, pending, done, ref _streams[offset + task]))
        {
            project.FirstPending = 0;
            if (type.Sets.Enabled)
                project.PendingPositions = type.Sets.Pending(pending);
        }

        if (_queues.Count(resource) > 0)
        {
            var next = _queues.Dequeue(this, resource);
            _projects[next].Queued = false;
            _policy.Dequeued(this, next, resource);
            Start(next, _projects[next].Task, _projects[next].Requested);
        }
        Advance(slot);
        // Checked only when a server may have gone idle, so the default reading costs one branch a completion.
        if (_queuedProjectsLeave)
            OfferIdleServer(resource);
    }

    /// <summary>
    /// Reading (d): while <paramref name="resource"/> has an idle server and nobody queued for it, the
    /// queued projects elsewhere, first in the discipline's order (under FIFO the earliest request;
    /// ties: earlier request, then earlier arrival), are asked for their next task again by the
    /// policy's rule (<see cref="ISequencingPolicy.Alternative"/>); the first that would take an idle
    /// resource's task leaves its queue and starts that task now. The time it waited in the queue
    /// counts as its wait for the task it starts. Only projects whose type reads (d) leave.
    /// </summary>
    private void OfferIdleServer(int resource)
    {
        while (_resources[resource].IsIdle && _queues.Count(resource) == 0)
        {
            var leaver = -1;
            var position = -1;
            var leaverRank = 0.0;
            for (var s = 0; s < _slots; s++)
            {
                ref readonly var candidate = ref _projects[s];
                if (!candidate.Queued || !_types[candidate.Type].Model.QueuedProjectsLeave)
                    continue;
                var rank = _queues.Rank(this, s);
                if (leaver >= 0 && !(rank < leaverRank || (rank == leaverRank && EarlierRequest(candidate, _projects[leaver]))))
                    continue;
                var alternative = _policy.Alternative(this, s, candidate.FirstPending);
                if (alternative < 0)
                    continue;
                leaver = s;
                leaverRank = rank;
                position = alternative;
            }
            if (leaver < 0)
                return;
            ref var project = ref _projects[leaver];
            var type = _kinds[project.Type];
            var queue = type.TaskResource[project.Task];
            Touch(queue);
            _queues.Remove(this, queue, leaver);
            project.Queued = false;
            _policy.Dequeued(this, leaver, queue);
            Start(leaver, type.Sequence[position], project.Requested);
        }
    }

    private static bool EarlierRequest(in ProjectState a, in ProjectState b) =>
        a.Requested < b.Requested || (a.Requested == b.Requested && a.Project < b.Project);

    private void Finish(int slot)
    {
        ref var project = ref _projects[slot];
        var completion = _byType
            ? new ProjectCompletion(project.Project, project.Arrival, _now, project.Waiting, project.Rework)
            {
                Type = project.Type,
                Due = _due[slot],
                Backlog = _backlogWait[slot],
            }
            : new ProjectCompletion(project.Project, project.Arrival, _now, project.Waiting, project.Rework);
        _statistics.ProjectFinished(slot, completion);
        _observer.ProjectFinished(slot, completion);
        TouchSystem();
        _inSystem--;
        _free[_freeCount++] = slot;
        _executionsSinceFinish = 0;
        if (_capped)
        {
            _active--;
            _activeOf[project.Type]--;
            Release();
        }
    }

    /// <summary>Reports <paramref name="resource"/>'s queue and busy servers before either changes.</summary>
    private void Touch(int resource)
    {
        var queued = _queues.Count(resource);
        var busy = _resources[resource].Busy;
        _statistics.ResourceChanging(resource, _now, queued, busy);
        _observer.ResourceChanging(resource, _now, queued, busy);
    }

    private void TouchSystem()
    {
        _statistics.InSystemChanging(_now, _inSystem);
        _observer.InSystemChanging(_now, _inSystem);
    }

    private ReplicationResult End(int replication, long events, bool stoppedEarly)
    {
        // A finite list is the whole schedule, not a sample of a steady state: its window holds every project's work.
        if (_finiteArrivals)
            CloseWindow(_now);
        _statistics.RunEnding(_now, stoppedEarly);
        _observer.RunEnding(_now, stoppedEarly);
        for (var r = 0; r < _m; r++)
            Touch(r);
        TouchSystem();
        return _statistics.Result(replication, events, stoppedEarly, _now);
    }

    private void GrowSlots(int slots)
    {
        var old = _slots;
        Array.Resize(ref _pending, slots * _stride);
        Array.Resize(ref _done, slots * _stride);
        Array.Resize(ref _streams, slots * _stride);
        Array.Resize(ref _projects, slots);
        Array.Resize(ref _due, slots);
        Array.Resize(ref _backlogWait, slots);
        Array.Resize(ref _free, slots);
        for (var s = slots - 1; s >= old; s--)
            _free[_freeCount++] = s;
        _slots = slots;
        _statistics.SlotsGrown(slots);
        _observer.SlotsGrown(slots);
    }
}
