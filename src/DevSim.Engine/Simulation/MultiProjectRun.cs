using DevSim.Engine.Evaluation;
using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;

namespace DevSim.Engine.Simulation;

/// <summary>
/// One replication of the multi-project simulation (docs/model.md#sequencing-policies, #measures): projects arrive,
/// follow the next-task rule, queue at resources of capacity c, and rework as the rework rule says. State lives in flat arrays indexed by project slot, reused across replications, so
/// events allocate nothing. The sequencing policy (<typeparamref name="TPolicy"/>) decides what a
/// project does when its static choice's resource is busy, the queue discipline
/// (<typeparamref name="TDiscipline"/>) which waiting request a freed server takes; the run's measures are gathered by
/// observers of its events: the standard <see cref="ReplicationStatistics"/> and an extra
/// <typeparamref name="TObserver"/> (<see cref="NoRunObserver"/> when none). The type arguments
/// are structs, so the JIT specialises the loop for each and inlines their hooks.
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
    private const int ArrivalEvent = -1;
    private const ulong ArrivalStreamKey = ulong.MaxValue;
    private static readonly string NoProjectFinishes =
        $"rework does not die out: {SingleProjectRun.ExecutionLimit + 1:N0} task executions passed without any project finishing. " +
        "A cycle of tasks that rework each other with RP = 1 and RI >= 1 never finishes; lower an impact below 1.";

    private readonly DurationSampler _durations;
    private readonly EventQueue _events = new(64);
    private readonly ReplicationStatistics _statistics = new();
    private TPolicy _policy;
    private TDiscipline _queues;
    private TObserver _observer;

    private readonly bool _queuedProjectsLeave;
    private int[] _free = [];
    private int _freeCount;
    private ulong _seed;
    private int _inSystem;
    private int _executionsSinceFinish;

    /// <summary>Working memory for replications of <paramref name="model"/>.</summary>
    /// <param name="model">The process.</param>
    /// <param name="usePositionSets">Whether to use <see cref="PositionSets"/> when n ≤ 64; false only to test them against the scans.</param>
    /// <param name="observer">The extra observer, in its initial state.</param>
    public MultiProjectRun(ProcessModel model, bool usePositionSets = true, TObserver observer = default)
        : base(model, usePositionSets)
    {
        _observer = observer;
        _durations = model.Durations;
        _queuedProjectsLeave = model.QueuedProjectsLeave;
        _queues = new TDiscipline();
        _queues.Initialize(this);
        _policy = new TPolicy();
        _policy.Initialize(this);
        GrowSlots(16);
    }

    /// <inheritdoc/>
    /// <exception cref="ReworkDivergenceException">A project needs more than <see cref="SingleProjectRun.ExecutionLimit"/> executions.</exception>
    public ReplicationResult Run(SimulationOptions options, int[] sequence, int replication, IExecutionObserver? observer)
    {
        Reset(options, sequence, SeedMixer.Derive(options.Seed, (ulong)replication));
        var arrivals = options.Arrivals;
        var projects = options.Projects;
        var warmup = options.EffectiveWarmup;
        var maxInSystem = options.MaxProjectsInSystem;
        var arrivalStream = new SplitMix64(SeedMixer.Derive(_seed, ArrivalStreamKey));
        var nextProject = 0;
        var nextArrival = arrivals.ArrivalTime(0, 0, ref arrivalStream);
        _events.Schedule(nextArrival, ArrivalEvent);
        if (projects == 1)
            CloseWindow(nextArrival);

        long events = 0;
        var stoppedEarly = false;
        while (_events.Count > 0)
        {
            var (time, payload) = _events.Dequeue();
            _now = time;
            events++;
            if (payload != ArrivalEvent)
            {
                Complete(payload, observer);
                continue;
            }
            var project = nextProject++;
            if (project == warmup)
            {
                _statistics.WindowOpened(_now);
                _observer.WindowOpened(_now);
            }
            if (nextProject < projects)
            {
                nextArrival = arrivals.ArrivalTime(nextProject, _now, ref arrivalStream);
                _events.Schedule(nextArrival, ArrivalEvent);
                if (nextProject == projects - 1)
                    CloseWindow(nextArrival);
            }
            Arrive(project);
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
    /// system long before any project reaches the execution limit; one project of this process alone
    /// tells the two apart (it diverges only if the process does) without touching the run's numbers.
    /// </summary>
    /// <exception cref="ReworkDivergenceException">One project alone passes the execution limit.</exception>
    private void ThrowIfReworkDiverges() => new SingleProjectRun(_model).Run(_sequence, _seed);

    private void Reset(SimulationOptions options, int[] sequence, ulong seed)
    {
        _statistics.Begin(_model, options);
        _observer.Begin(_model, options);
        _policy.Reset();
        _sequence = sequence;
        _seed = seed;
        _now = 0;
        _events.Clear();
        _queues.Reset();
        for (var r = 0; r < _m; r++)
            _resources[r] = new ResourceState { Capacity = _model.ResourceCapacity[r] };
        _sets.Reset(sequence, _taskResource);
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

    private void Arrive(int project)
    {
        if (_freeCount == 0)
            GrowSlots(_slots * 2);
        var slot = _free[--_freeCount];
        var offset = slot * _n;
        _model.StartProject(new Span<double>(_pending, offset, _n), new Span<bool>(_done, offset, _n),
            new Span<SplitMix64>(_streams, offset, _n), SeedMixer.Derive(_seed, (ulong)project));
        _projects[slot] = new ProjectState { Project = project, Arrival = _now, PendingPositions = _sets.All };
        _statistics.ProjectArrived(slot, project, _now);
        _observer.ProjectArrived(slot, project, _now);
        TouchSystem();
        _inSystem++;
        Advance(slot);
    }

    /// <summary>The project in <paramref name="slot"/> picks its next task: starts it, queues for it, or finishes.</summary>
    private void Advance(int slot)
    {
        ref var project = ref _projects[slot];
        var position = _sets.Enabled
            ? PositionSets.First(project.PendingPositions)
            : NextTaskRule.StaticChoice(_sequence, new ReadOnlySpan<double>(_pending, slot * _n, _n), project.FirstPending);
        if (position < 0)
        {
            Finish(slot);
            return;
        }
        project.FirstPending = position;
        var task = _sequence[position];
        var resource = _taskResource[task];
        if (_resources[resource].IsIdle)
        {
            Start(slot, task, _now);
            return;
        }
        var alternative = _policy.Alternative(this, slot, position);
        if (alternative >= 0)
        {
            Start(slot, _sequence[alternative], _now);
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
        var resource = _taskResource[task];
        Touch(resource);
        ref var state = ref _resources[resource];
        if (++state.Busy == state.Capacity)
            _sets.Filled(resource);
        var cell = slot * _n + task;
        var amount = _pending[cell];
        _pending[cell] = 0;
        var duration = amount * _durations.Sample(task, ref _streams[cell]);
        ref var project = ref _projects[slot];
        // A cycle of full-size rework would otherwise keep this project, and the run, going for ever.
        if (++project.Executions > SingleProjectRun.ExecutionLimit)
            throw new ReworkDivergenceException(project.Executions);
        // With many such projects sharing the resources, each reaches the limit only after all of
        // them together have done that many times more; no process finishes no project in that many.
        if (++_executionsSinceFinish > SingleProjectRun.ExecutionLimit)
            throw new ReworkDivergenceException(NoProjectFinishes);
        project.PendingPositions &= ~_sets.Bit(task);
        project.Task = task;
        project.Amount = amount;
        project.Requested = requested;
        project.Started = _now;
        project.Waiting += _now - requested;
        _statistics.ServiceStarted(slot, resource, requested, _now);
        _observer.ServiceStarted(slot, resource, requested, _now);
        _events.Schedule(_now + duration, slot);
        _policy.Started(this, slot, resource);
    }

    private void Complete(int slot, IExecutionObserver? observer)
    {
        ref var project = ref _projects[slot];
        var task = project.Task;
        var resource = _taskResource[task];
        var duration = _now - project.Started;
        Touch(resource);
        ref var state = ref _resources[resource];
        if (state.Busy-- == state.Capacity)
            _sets.Freed(resource);
        _policy.Ended(this, slot, resource);
        _statistics.ExecutionEnded(slot, resource, duration);
        _observer.ExecutionEnded(slot, resource, duration);
        var offset = slot * _n;
        if (_done[offset + task])
            project.Rework += duration;
        observer?.OnExecution(new ExecutionRecord(project.Project, task + 1, resource, project.Amount, project.Requested, project.Started, _now));
        if (ReworkRule.Complete(_model, task, project.Amount,
                new Span<double>(_pending, offset, _n), new Span<bool>(_done, offset, _n), ref _streams[offset + task]))
        {
            project.FirstPending = 0;
            if (_sets.Enabled)
                project.PendingPositions = _sets.Pending(new ReadOnlySpan<double>(_pending, offset, _n));
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
    /// queued projects elsewhere, earliest request first (ties: earlier arrival), are asked for their
    /// next task again by the policy's rule (<see cref="ISequencingPolicy.Alternative"/>); the first
    /// that would take an idle resource's task leaves its queue and starts that task now. The time it
    /// waited in the queue counts as its wait for the task it starts.
    /// </summary>
    private void OfferIdleServer(int resource)
    {
        while (_resources[resource].IsIdle && _queues.Count(resource) == 0)
        {
            var leaver = -1;
            var position = -1;
            for (var s = 0; s < _slots; s++)
            {
                ref readonly var candidate = ref _projects[s];
                if (!candidate.Queued || (leaver >= 0 && !EarlierRequest(candidate, _projects[leaver])))
                    continue;
                var alternative = _policy.Alternative(this, s, candidate.FirstPending);
                if (alternative < 0)
                    continue;
                leaver = s;
                position = alternative;
            }
            if (leaver < 0)
                return;
            ref var project = ref _projects[leaver];
            var queue = _taskResource[project.Task];
            Touch(queue);
            _queues.Remove(this, queue, leaver);
            project.Queued = false;
            _policy.Dequeued(this, leaver, queue);
            Start(leaver, _sequence[position], project.Requested);
        }
    }

    private static bool EarlierRequest(in ProjectState a, in ProjectState b) =>
        a.Requested < b.Requested || (a.Requested == b.Requested && a.Project < b.Project);

    private void Finish(int slot)
    {
        ref var project = ref _projects[slot];
        var completion = new ProjectCompletion(project.Project, project.Arrival, _now, project.Waiting, project.Rework);
        _statistics.ProjectFinished(slot, completion);
        _observer.ProjectFinished(slot, completion);
        TouchSystem();
        _inSystem--;
        _free[_freeCount++] = slot;
        _executionsSinceFinish = 0;
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
        Array.Resize(ref _pending, slots * _n);
        Array.Resize(ref _done, slots * _n);
        Array.Resize(ref _streams, slots * _n);
        Array.Resize(ref _projects, slots);
        Array.Resize(ref _free, slots);
        for (var s = slots - 1; s >= old; s--)
            _free[_freeCount++] = s;
        _slots = slots;
        _statistics.SlotsGrown(slots);
        _observer.SlotsGrown(slots);
    }
}
