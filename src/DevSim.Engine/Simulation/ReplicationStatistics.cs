using DevSim.Engine.Statistics;
using MathNet.Numerics.Statistics;

namespace DevSim.Engine.Simulation;

/// <summary>
/// The measures of <see cref="ReplicationResult"/>, gathered as an observer of the run
/// (docs/model.md#measures): project duration, waiting and rework after the warm-up, each resource's
/// time-weighted utilisation and queue over the observation window, its waits and offered load,
/// and the time-average number of projects in the system. Constant memory apart from one row
/// of per-resource work per project slot.
/// </summary>
internal sealed class ReplicationStatistics : IRunObserver
{
    private int _m;
    private int _slots;
    private int[] _capacity = [];
    private ResourceTally[] _resources = [];
    private double[] _work = [];
    private int _warmup;
    private double _rate;
    private ObservationWindow _window;
    private double _inSystemArea;
    private double _inSystemTouch;
    private long _finishedAll;
    private RunningStatistics _duration = new();
    private readonly ProjectSeries _series = new();
    private readonly OneReplicationBatches _batches = new();
    private bool _batching; // one replication: batch means of the time-weighted measures for its CIs
    private double _batchWidth;
    private double _waitingSum;
    private double _reworkSum;

    // Portfolio runs only (RunPlan.ByType): per-type and overall measures, and each type's work per resource.
    private bool _byType;
    private int _typeCount;
    private double[] _typeRate = [];
    private ProjectTally[] _typeTallies = [];
    private readonly ProjectTally _overall = new();
    private double[] _typeWork = [];
    private long[] _typeFinished = [];

    /// <inheritdoc/>
    public void Begin(RunPlan plan)
    {
        var options = plan.Options;
        _capacity = plan.Capacity;
        if (_m != _capacity.Length)
        {
            _m = _capacity.Length;
            _resources = new ResourceTally[_m];
            _work = new double[_slots * _m];
        }
        Array.Clear(_resources);
        _warmup = options.EffectiveWarmup;
        _rate = 1 / plan.MeanInterarrival;
        _window.Reset();
        _inSystemArea = 0;
        _inSystemTouch = 0;
        _finishedAll = 0;
        _duration = new RunningStatistics();
        _series.Begin(_warmup, _m);
        _batchWidth = BatchedSeries.InitialBatchSize * plan.MeanInterarrival;
        // A list of arrivals all at one instant (or a single one) has no mean interarrival to size time batches by.
        _batching = options.Replications == 1 && _batchWidth > 0 && double.IsFinite(_batchWidth);
        _waitingSum = 0;
        _reworkSum = 0;
        _byType = plan.ByType;
        if (!_byType)
            return;
        _typeCount = plan.Types.Length;
        _typeRate = [.. plan.Types.Select(t => 1 / t.Arrivals.MeanInterarrival)];
        if (_typeTallies.Length != _typeCount)
            _typeTallies = [.. plan.Types.Select(_ => new ProjectTally())];
        foreach (var tally in _typeTallies)
            tally.Clear();
        _overall.Clear();
        _typeWork = new double[_typeCount * _m];
        _typeFinished = new long[_typeCount];
    }

    /// <inheritdoc/>
    public void SlotsGrown(int slots)
    {
        _slots = slots;
        Array.Resize(ref _work, slots * _m);
    }

    /// <inheritdoc/>
    public void WindowOpened(double now)
    {
        _window.Start = now;
        if (_batching)
            _batches.Begin(_m, now, _batchWidth);
    }

    /// <inheritdoc/>
    public void WindowClosed(double end) => _window.End = end;

    /// <inheritdoc/>
    public void ProjectArrived(int slot, int project, double now) => new Span<double>(_work, slot * _m, _m).Clear();

    /// <inheritdoc/>
    public void InSystemChanging(double now, int inSystem)
    {
        var overlap = _window.Overlap(_inSystemTouch, now);
        if (overlap > 0)
        {
            _inSystemArea += inSystem * overlap;
            if (_batching)
                _batches.InSystem(Math.Max(_inSystemTouch, _window.Start), Math.Min(now, _window.End), inSystem);
        }
        _inSystemTouch = now;
    }

    /// <inheritdoc/>
    public void ResourceChanging(int resource, double now, int queued, int busy)
    {
        ref var tally = ref _resources[resource];
        var overlap = _window.Overlap(tally.LastTouch, now);
        // Adding a zero area leaves a sum as it was, bit for bit; adding it rather than branching spares a
        // branch that goes either way (two touches at one instant, touches before the window opens).
        var area = Branchless.Max(overlap, 0);
        tally.QueueArea += queued * area;
        tally.BusyArea += busy * area;
        if (_batching && overlap > 0)
            _batches.Resource(resource, Math.Max(tally.LastTouch, _window.Start), Math.Min(now, _window.End), queued, busy);
        tally.LastTouch = now;
        tally.Queued = queued;
    }

    /// <inheritdoc/>
    public void ServiceStarted(int slot, int resource, double requested, double now)
    {
        if (_window.Contains(requested))
        {
            ref var tally = ref _resources[resource];
            tally.WaitSum += now - requested;
            tally.Requests++;
            if (_batching)
                _batches.Wait(resource, now - requested);
        }
    }

    /// <inheritdoc/>
    public void ExecutionEnded(int slot, int resource, double duration) => _work[slot * _m + resource] += duration;

    /// <inheritdoc/>
    public void ProjectFinished(int slot, in ProjectCompletion completion)
    {
        var work = new ReadOnlySpan<double>(_work, slot * _m, _m);
        for (var r = 0; r < _m; r++)
            _resources[r].WorkAll += work[r];
        _finishedAll++;
        _series.Finished(completion.Project, completion.Duration, completion.Waiting, completion.Rework, work);
        if (_byType)
            FinishedByType(completion, work);
        if (completion.Project >= _warmup)
        {
            var duration = completion.Duration;
            _duration.Push(duration);
            _waitingSum += completion.Waiting;
            _reworkSum += completion.Rework;
        }
    }

    private void FinishedByType(in ProjectCompletion completion, ReadOnlySpan<double> work)
    {
        var type = completion.Type;
        _typeFinished[type]++;
        var typeWork = new Span<double>(_typeWork, type * _m, _m);
        for (var r = 0; r < _m; r++)
            typeWork[r] += work[r];
        if (completion.Project >= _warmup)
        {
            _typeTallies[type].Add(completion);
            _overall.Add(completion);
        }
    }

    /// <inheritdoc/>
    public void ProjectAdmitted(int slot, int type, double now) { }

    /// <inheritdoc/>
    public void RunEnding(double now, bool stoppedEarly)
    {
        if (double.IsPositiveInfinity(_window.End) || stoppedEarly)
            _window.End = Math.Min(_window.End, now);
    }

    /// <summary>The measures of the replication that has just ended at <paramref name="now"/>.</summary>
    public ReplicationResult Result(int replication, long events, bool stoppedEarly, double now)
    {
        var length = _window.Length(now);
        var counted = _duration.Count;
        var resources = new ResourceStatistics[_m];
        int? saturated = null;
        var highest = double.NegativeInfinity;
        for (var r = 0; r < _m; r++)
        {
            ref var tally = ref _resources[r];
            var capacity = _capacity[r];
            // Offered load from every finished project: under overload few are counted after the warm-up.
            // Several types: the sum of each type's own (its rate times its mean work here).
            var load = _typeCount > 1 && _byType ? TypesLoad(r)
                : _finishedAll > 0 ? _rate * (tally.WorkAll / _finishedAll) / capacity : double.NaN;
            resources[r] = new ResourceStatistics(
                length > 0 ? tally.BusyArea / (capacity * length) : double.NaN,
                length > 0 ? tally.QueueArea / length : double.NaN,
                tally.Requests > 0 ? tally.WaitSum / tally.Requests : double.NaN,
                load,
                length > 0 ? tally.Requests / length : double.NaN);
            var pressure = double.IsNaN(load) ? tally.Queued : load;
            if (pressure > highest)
            {
                highest = pressure;
                saturated = r;
            }
        }
        var overloaded = stoppedEarly || highest >= 1;
        var diagnostics = _series.Result();
        if (_batching && length > 0)
            diagnostics = diagnostics with { TimeWeighted = _batches.Result(_window.End, _capacity) };
        return new ReplicationResult
        {
            Replication = replication,
            ProjectsCounted = counted,
            Duration = new DurationStatistics
            {
                Mean = counted > 0 ? _duration.Mean : double.NaN,
                Sd = counted > 1 ? _duration.StandardDeviation : double.NaN,
                P50 = diagnostics.Sketch.Quantile(0.5),
                P90 = diagnostics.Sketch.Quantile(0.9),
                P99 = diagnostics.Sketch.Quantile(0.99),
            },
            Waiting = counted > 0 ? _waitingSum / counted : double.NaN,
            Rework = counted > 0 ? _reworkSum / counted : double.NaN,
            InSystem = length > 0 ? _inSystemArea / length : double.NaN,
            Resources = resources,
            Events = events,
            Unstable = overloaded ? saturated : null,
            StoppedEarly = stoppedEarly,
            EndTime = now,
            Diagnostics = diagnostics,
            Portfolio = _byType ? PortfolioResult() : null,
        };
    }

    private double TypesLoad(int resource)
    {
        var load = 0.0;
        for (var t = 0; t < _typeCount; t++)
            load += _typeFinished[t] > 0 ? _typeRate[t] * (_typeWork[t * _m + resource] / _typeFinished[t]) / _capacity[resource] : double.NaN;
        return load;
    }

    /// <summary>Per type and overall, and each type's offered load on each resource (its rate times its mean work there, over the capacity).</summary>
    private PortfolioMeasures PortfolioResult()
    {
        var load = new double[_m][];
        for (var r = 0; r < _m; r++)
        {
            load[r] = new double[_typeCount];
            for (var t = 0; t < _typeCount; t++)
                load[r][t] = _typeFinished[t] > 0 ? _typeRate[t] * (_typeWork[t * _m + r] / _typeFinished[t]) / _capacity[r] : double.NaN;
        }
        return new PortfolioMeasures
        {
            Overall = _overall.Result(),
            Types = [.. _typeTallies.Select(t => t.Result())],
            LoadByType = load,
        };
    }
}
