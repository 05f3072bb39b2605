namespace DevSim.Engine.Statistics;

/// <summary>
/// Batch means of the time-weighted measures, for CIs when a run has a single replication: the
/// projects in the system and each resource's queue and busy servers as time averages over equal
/// stretches of the observation window, and each resource's waits per request in equal batches of
/// requests. Costs a little per event, so the run keeps it only when there is one replication.
/// </summary>
internal sealed class OneReplicationBatches
{
    private readonly TimeBatchedSeries _inSystem = new();
    private TimeBatchedSeries[] _queue = [];
    private TimeBatchedSeries[] _busy = [];
    private BatchedSeries[] _waits = [];

    /// <summary>Starts a replication of <paramref name="resources"/> resources whose window opens at <paramref name="origin"/>;
    /// batches start <paramref name="width"/> long.</summary>
    public void Begin(int resources, double origin, double width)
    {
        if (_queue.Length != resources)
        {
            _queue = [.. Enumerable.Range(0, resources).Select(_ => new TimeBatchedSeries())];
            _busy = [.. Enumerable.Range(0, resources).Select(_ => new TimeBatchedSeries())];
            _waits = [.. Enumerable.Range(0, resources).Select(_ => new BatchedSeries())];
        }
        _inSystem.Begin(origin, width);
        for (var r = 0; r < resources; r++)
        {
            _queue[r].Begin(origin, width);
            _busy[r].Begin(origin, width);
            _waits[r].Clear();
        }
    }

    public void InSystem(double from, double to, int inSystem) => _inSystem.Add(from, to, inSystem);

    public void Resource(int resource, double from, double to, int queued, int busy)
    {
        _queue[resource].Add(from, to, queued);
        _busy[resource].Add(from, to, busy);
    }

    public void Wait(int resource, double wait) => _waits[resource].Add(wait);

    /// <summary>The 20 batch means of each measure up to the window's <paramref name="end"/>.</summary>
    public TimeWeightedBatches Result(double end, IReadOnlyList<int> capacities)
    {
        const int Groups = ProjectSeries.Batches;
        return new TimeWeightedBatches(_inSystem.Regroup(end, Groups),
            [.. _busy.Select((b, r) => (IReadOnlyList<double>)[.. b.Regroup(end, Groups).Select(x => x / capacities[r])])],
            [.. _queue.Select(q => (IReadOnlyList<double>)q.Regroup(end, Groups))],
            [.. _waits.Select(w => (IReadOnlyList<double>)w.Snapshot().Regroup(0, Groups))]);
    }
}
