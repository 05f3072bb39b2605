using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;
using DevSim.Engine.Statistics;
using MathNet.Numerics.Statistics;

namespace DevSim.Engine.Simulation;

/// <summary>
/// One replication of the multi-project simulation (MODEL.md sections 4-5): projects arrive,
/// follow the next-task rule, queue FIFO at resources of capacity c, and rework as the rework
/// rule says. State lives in flat arrays indexed by project slot, reused across replications, so
/// events allocate nothing; per-project results go straight into constant-memory statistics.
/// </summary>
/// <remarks>
/// At a completion the resource is handed to the next queued project before the finishing
/// project chooses its next task, so a project that needs the same resource again queues behind.
/// </remarks>
internal sealed class MultiProjectRun
{
    private const int ArrivalEvent = -1;
    private const ulong ArrivalStreamKey = ulong.MaxValue;

    private readonly ProcessModel _model;
    private readonly int _n;
    private readonly int _m;
    private readonly EventQueue _events = new(64);
    private readonly FifoQueue[] _queues;
    private readonly int[] _busy;
    private readonly double[] _lastTouch;
    private readonly double[] _queueArea;
    private readonly double[] _busyArea;
    private readonly double[] _waitSum;
    private readonly long[] _requests;
    private readonly double[] _workCounted;
    private readonly double[] _workAll;

    // Rework-aware only: expected work ahead at each resource, for the expected wait.
    private readonly double[] _serviceEndSum;
    private readonly double[] _queuedWork;
    private bool _trackWork;

    // Per project slot.
    private int _slots;
    private double[] _pending = [];
    private bool[] _done = [];
    private SplitMix64[] _streams = [];
    private double[] _work = [];
    private int[] _project = [];
    private double[] _arrival = [];
    private double[] _waiting = [];
    private double[] _rework = [];
    private int[] _task = [];
    private double[] _amount = [];
    private double[] _requested = [];
    private double[] _started = [];
    private int[] _free = [];
    private int _freeCount;

    private SimulationOptions _options = null!;
    private int[] _sequence = [];
    private ulong _seed;
    private double _now;
    private ObservationWindow _window;
    private int _inSystem;
    private double _inSystemArea;
    private double _inSystemTouch;
    private long _finishedAll;
    private RunningStatistics _duration = new();
    private P2Quantile _p50 = new(0.5);
    private P2Quantile _p90 = new(0.9);
    private P2Quantile _p99 = new(0.99);
    private double _waitingSum;
    private double _reworkSum;

    public MultiProjectRun(ProcessModel model)
    {
        _model = model;
        _n = model.TaskCount;
        _m = model.ResourceCapacity.Length;
        _queues = Enumerable.Range(0, _m).Select(_ => new FifoQueue()).ToArray();
        _busy = new int[_m];
        _lastTouch = new double[_m];
        _queueArea = new double[_m];
        _busyArea = new double[_m];
        _waitSum = new double[_m];
        _requests = new long[_m];
        _workCounted = new double[_m];
        _workAll = new double[_m];
        _serviceEndSum = new double[_m];
        _queuedWork = new double[_m];
        GrowSlots(16);
    }

    /// <summary>Runs replication <paramref name="replication"/> of <paramref name="options"/> following <paramref name="sequence"/> (0-based).</summary>
    public ReplicationResult Run(SimulationOptions options, int[] sequence, int replication, IExecutionObserver? observer)
    {
        Reset(options, sequence, SeedMixer.Derive(options.Seed, (ulong)replication));
        var arrivals = options.Arrivals;
        var projects = options.Projects;
        var warmup = options.EffectiveWarmup;
        var arrivalStream = new SplitMix64(SeedMixer.Derive(_seed, ArrivalStreamKey));
        var nextProject = 0;
        var nextArrival = arrivals.ArrivalTime(0, 0, ref arrivalStream);
        _events.Schedule(nextArrival, ArrivalEvent);
        if (projects == 1)
            _window.End = nextArrival;

        long events = 0;
        var stoppedEarly = false;
        while (_events.Count > 0)
        {
            var (time, payload) = _events.Dequeue();
            _now = time;
            events++;
            if (payload == ArrivalEvent)
            {
                var project = nextProject++;
                if (project == warmup)
                    _window.Start = _now;
                if (nextProject < projects)
                {
                    nextArrival = arrivals.ArrivalTime(nextProject, _now, ref arrivalStream);
                    _events.Schedule(nextArrival, ArrivalEvent);
                    if (nextProject == projects - 1)
                        _window.End = nextArrival;
                }
                Arrive(project);
                if (_inSystem > options.MaxProjectsInSystem)
                {
                    stoppedEarly = true;
                    break;
                }
            }
            else
            {
                Complete(payload, observer);
            }
        }
        return Collect(replication, events, stoppedEarly);
    }

    private void Reset(SimulationOptions options, int[] sequence, ulong seed)
    {
        _options = options;
        _sequence = sequence;
        _seed = seed;
        _now = 0;
        _window.Reset();
        _events.Clear();
        foreach (var q in _queues)
            q.Clear();
        Array.Clear(_busy);
        Array.Clear(_lastTouch);
        Array.Clear(_queueArea);
        Array.Clear(_busyArea);
        Array.Clear(_waitSum);
        Array.Clear(_requests);
        Array.Clear(_workCounted);
        Array.Clear(_workAll);
        Array.Clear(_serviceEndSum);
        Array.Clear(_queuedWork);
        _trackWork = options.Policy == SequencingPolicy.ReworkAware;
        _freeCount = 0;
        for (var s = _slots - 1; s >= 0; s--)
            _free[_freeCount++] = s;
        _inSystem = 0;
        _inSystemArea = 0;
        _inSystemTouch = 0;
        _finishedAll = 0;
        _duration = new RunningStatistics();
        _p50 = new P2Quantile(0.5);
        _p90 = new P2Quantile(0.9);
        _p99 = new P2Quantile(0.99);
        _waitingSum = 0;
        _reworkSum = 0;
    }

    private void Arrive(int project)
    {
        if (_freeCount == 0)
            GrowSlots(_slots * 2);
        var slot = _free[--_freeCount];
        var projectSeed = SeedMixer.Derive(_seed, (ulong)project);
        var offset = slot * _n;
        for (var t = 0; t < _n; t++)
        {
            _pending[offset + t] = 1;
            _done[offset + t] = false;
            _streams[offset + t] = new SplitMix64(SeedMixer.Derive(projectSeed, (ulong)t));
        }
        Array.Clear(_work, slot * _m, _m);
        _project[slot] = project;
        _arrival[slot] = _now;
        _waiting[slot] = 0;
        _rework[slot] = 0;
        TouchSystem();
        _inSystem++;
        Advance(slot);
    }

    /// <summary>The project in <paramref name="slot"/> picks its next task: starts it, queues for it, or finishes.</summary>
    private void Advance(int slot)
    {
        var pending = new ReadOnlySpan<double>(_pending, slot * _n, _n);
        var position = NextTaskRule.StaticChoice(_sequence, pending);
        if (position < 0)
        {
            Finish(slot);
            return;
        }
        var task = _sequence[position];
        var resource = _model.TaskResource[task];
        if (_busy[resource] < _model.ResourceCapacity[resource])
        {
            Start(slot, task, _now);
            return;
        }
        if (_options.Policy != SequencingPolicy.Static)
        {
            var idle = new IdleResources(_busy, _model.ResourceCapacity);
            var alternative = _options.Policy == SequencingPolicy.Dynamic
                ? NextTaskRule.DynamicAlternative(_sequence, pending, position, _model.TaskResource, ref idle)
                : NextTaskRule.ReworkAwareAlternative(_model, _sequence, pending, new ReadOnlySpan<bool>(_done, slot * _n, _n),
                    position, ExpectedWait(resource), ref idle);
            if (alternative >= 0)
            {
                Start(slot, _sequence[alternative], _now);
                return;
            }
        }
        Touch(resource);
        _task[slot] = task;
        _requested[slot] = _now;
        _queues[resource].Enqueue(slot);
        if (_trackWork)
            _queuedWork[resource] += pending[task] * _model.TaskDuration[task];
    }

    /// <summary>When the execution in <paramref name="slot"/> ends on average: amount × d after its start.</summary>
    private double ExpectedEnd(int slot) => _started[slot] + _amount[slot] * _model.TaskDuration[_task[slot]];

    /// <summary>
    /// The expected wait of a project joining <paramref name="resource"/>'s queue now: the expected
    /// work still to do in service plus the work queued, shared by its servers (exact in expectation
    /// for one server; the fluid approximation for several).
    /// </summary>
    private double ExpectedWait(int resource) =>
        Math.Max(0, _serviceEndSum[resource] - _busy[resource] * _now + _queuedWork[resource]) / _model.ResourceCapacity[resource];

    private void Start(int slot, int task, double requested)
    {
        var resource = _model.TaskResource[task];
        Touch(resource);
        _busy[resource]++;
        var cell = slot * _n + task;
        var amount = _pending[cell];
        _pending[cell] = 0;
        var duration = amount * _model.Durations.Sample(task, ref _streams[cell]);
        _task[slot] = task;
        _amount[slot] = amount;
        _requested[slot] = requested;
        _started[slot] = _now;
        var wait = _now - requested;
        _waiting[slot] += wait;
        if (_window.Contains(requested))
        {
            _waitSum[resource] += wait;
            _requests[resource]++;
        }
        _events.Schedule(_now + duration, slot);
        if (_trackWork)
            _serviceEndSum[resource] += ExpectedEnd(slot);
    }

    private void Complete(int slot, IExecutionObserver? observer)
    {
        var task = _task[slot];
        var resource = _model.TaskResource[task];
        var duration = _now - _started[slot];
        Touch(resource);
        _busy[resource]--;
        if (_trackWork)
            _serviceEndSum[resource] -= ExpectedEnd(slot);
        _work[slot * _m + resource] += duration;
        var offset = slot * _n;
        if (_done[offset + task])
            _rework[slot] += duration;
        observer?.OnExecution(new ExecutionRecord(_project[slot], task + 1, resource, _amount[slot], _requested[slot], _started[slot], _now));
        ReworkRule.Complete(_model, task, _amount[slot],
            new Span<double>(_pending, offset, _n), new Span<bool>(_done, offset, _n), ref _streams[offset + task]);

        var queue = _queues[resource];
        if (queue.Count > 0)
        {
            var next = queue.Dequeue();
            if (_trackWork)
                _queuedWork[resource] -= _pending[next * _n + _task[next]] * _model.TaskDuration[_task[next]];
            Start(next, _task[next], _requested[next]);
        }
        Advance(slot);
    }

    private void Finish(int slot)
    {
        var counted = _project[slot] >= _options.EffectiveWarmup;
        var work = new ReadOnlySpan<double>(_work, slot * _m, _m);
        for (var r = 0; r < _m; r++)
        {
            _workAll[r] += work[r];
            if (counted)
                _workCounted[r] += work[r];
        }
        _finishedAll++;
        if (counted)
        {
            var duration = _now - _arrival[slot];
            _duration.Push(duration);
            _p50.Add(duration);
            _p90.Add(duration);
            _p99.Add(duration);
            _waitingSum += _waiting[slot];
            _reworkSum += _rework[slot];
        }
        TouchSystem();
        _inSystem--;
        _free[_freeCount++] = slot;
    }

    private void Touch(int resource)
    {
        var from = _lastTouch[resource];
        _window.Accumulate(ref _queueArea[resource], _queues[resource].Count, from, _now);
        _window.Accumulate(ref _busyArea[resource], _busy[resource], from, _now);
        _lastTouch[resource] = _now;
    }

    private void TouchSystem()
    {
        _window.Accumulate(ref _inSystemArea, _inSystem, _inSystemTouch, _now);
        _inSystemTouch = _now;
    }

    private ReplicationResult Collect(int replication, long events, bool stoppedEarly)
    {
        if (double.IsPositiveInfinity(_window.End) || stoppedEarly)
            _window.End = Math.Min(_window.End, _now);
        for (var r = 0; r < _m; r++)
            Touch(r);
        TouchSystem();
        var length = _window.Length(_now);
        var counted = _duration.Count;
        var rate = 1 / _options.Arrivals.MeanInterarrival;
        var resources = new ResourceStatistics[_m];
        int? saturated = null;
        var highest = double.NegativeInfinity;
        for (var r = 0; r < _m; r++)
        {
            var capacity = _model.ResourceCapacity[r];
            // Offered load from every finished project: under overload few are counted after the warm-up.
            var load = _finishedAll > 0 ? rate * (_workAll[r] / _finishedAll) / capacity : double.NaN;
            resources[r] = new ResourceStatistics(
                length > 0 ? _busyArea[r] / (capacity * length) : double.NaN,
                length > 0 ? _queueArea[r] / length : double.NaN,
                _requests[r] > 0 ? _waitSum[r] / _requests[r] : double.NaN,
                load,
                length > 0 ? _requests[r] / length : double.NaN);
            var pressure = double.IsNaN(load) ? _queues[r].Count : load;
            if (pressure > highest)
            {
                highest = pressure;
                saturated = r;
            }
        }
        var overloaded = stoppedEarly || highest >= 1;
        return new ReplicationResult(replication, counted,
            counted > 0 ? _duration.Mean : double.NaN,
            counted > 1 ? _duration.StandardDeviation : double.NaN,
            _p50.Estimate, _p90.Estimate, _p99.Estimate,
            counted > 0 ? _waitingSum / counted : double.NaN,
            counted > 0 ? _reworkSum / counted : double.NaN,
            length > 0 ? _inSystemArea / length : double.NaN,
            resources, events, overloaded ? saturated : null, stoppedEarly, _now);
    }

    private void GrowSlots(int slots)
    {
        var old = _slots;
        Array.Resize(ref _pending, slots * _n);
        Array.Resize(ref _done, slots * _n);
        Array.Resize(ref _streams, slots * _n);
        Array.Resize(ref _work, slots * _m);
        Array.Resize(ref _project, slots);
        Array.Resize(ref _arrival, slots);
        Array.Resize(ref _waiting, slots);
        Array.Resize(ref _rework, slots);
        Array.Resize(ref _task, slots);
        Array.Resize(ref _amount, slots);
        Array.Resize(ref _requested, slots);
        Array.Resize(ref _started, slots);
        Array.Resize(ref _free, slots);
        for (var s = slots - 1; s >= old; s--)
            _free[_freeCount++] = s;
        _slots = slots;
    }

    private readonly struct IdleResources(int[] busy, int[] capacity) : IResourceAvailability
    {
        public bool IsIdle(int resource) => busy[resource] < capacity[resource];
    }
}
