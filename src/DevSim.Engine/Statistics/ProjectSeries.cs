namespace DevSim.Engine.Statistics;

/// <summary>
/// What the statistics of issue 17 gather from one replication, project by project as they finish:
/// the duration quantiles after the warm-up (<see cref="QuantileSketch"/>), the duration, waiting and
/// rework series of every project in completion order (<see cref="BatchedSeries"/>, for MSER-5, the
/// trend test and batch-means CIs), and each resource's work per project. Reused across
/// replications; adding a project allocates nothing once the sketch's buckets cover the durations.
/// </summary>
internal sealed class ProjectSeries
{
    /// <summary>Batches after the warm-up for batch-means CIs and the trend test: 20, enough degrees of freedom
    /// for a t interval (t(19) = 2.09) while each batch still spans 5% of the run.</summary>
    public const int Batches = 20;

    private readonly BatchedSeries _duration = new();
    private readonly BatchedSeries _waiting = new();
    private readonly BatchedSeries _rework = new();
    private QuantileSketch _sketch = new();
    private Moments[] _work = [];
    private int _warmup;

    /// <summary>Starts a replication that discards the first <paramref name="warmup"/> projects, with <paramref name="resources"/> resources.</summary>
    public void Begin(int warmup, int resources)
    {
        _warmup = warmup;
        _duration.Clear();
        _waiting.Clear();
        _rework.Clear();
        // The previous replication's sketch went into its result; this one starts afresh.
        _sketch = new QuantileSketch();
        if (_work.Length != resources)
            _work = new Moments[resources];
        Array.Clear(_work);
    }

    /// <summary>Project <paramref name="project"/> (arrival order) finished after <paramref name="duration"/> days.</summary>
    public void Finished(int project, double duration, double waiting, double rework, ReadOnlySpan<double> work)
    {
        _duration.Add(duration);
        _waiting.Add(waiting);
        _rework.Add(rework);
        if (project >= _warmup)
            _sketch.Add(duration);
        for (var r = 0; r < work.Length; r++)
            _work[r] = _work[r].Add(work[r]);
    }

    /// <summary>The replication's diagnostics.</summary>
    public ReplicationDiagnostics Result()
    {
        var series = _duration.Snapshot();
        var cut = (long)Mser.Truncation(series.Means) * series.BatchSize;
        return new ReplicationDiagnostics(_sketch, cut, series.BatchSize,
            series.Regroup(_warmup, Batches), _waiting.Snapshot().Regroup(_warmup, Batches), _rework.Snapshot().Regroup(_warmup, Batches),
            series, [.. _work]);
    }
}
