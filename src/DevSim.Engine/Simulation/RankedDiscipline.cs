namespace DevSim.Engine.Simulation;

/// <summary>
/// A discipline that serves the lowest <typeparamref name="TRank"/> first, ties to the earlier request:
/// <c>priority</c>, <c>edd</c>, <c>srw</c> and <c>slack</c>. One heap per resource.
/// </summary>
/// <typeparam name="TRank">What the queues are ordered by.</typeparam>
internal struct RankedDiscipline<TRank> : IQueueDiscipline
    where TRank : struct, IRequestRank
{
    private RequestHeap[] _queues;
    private long _requests; // requests so far: the order number that breaks ties to the earlier one

    public void Initialize(RunState run) =>
        _queues = [.. Enumerable.Range(0, run.PoolSize).Select(_ => new RequestHeap())];

    public void Reset()
    {
        foreach (var queue in _queues)
            queue.Clear();
        _requests = 0;
    }

    public readonly int Count(int resource) => _queues[resource].Count;

    public void Enqueue(RunState run, int resource, int slot) => _queues[resource].Push(slot, default(TRank).Rank(run, slot), _requests++);

    public readonly int Dequeue(RunState run, int resource) => _queues[resource].Pop();

    public readonly void Remove(RunState run, int resource, int slot) => _queues[resource].Remove(slot);

    public readonly double Rank(RunState run, int slot) => default(TRank).Rank(run, slot);

    public readonly double WorkAhead(RunState run, int resource, int slot, double queuedWork)
    {
        var queue = _queues[resource];
        var rank = default(TRank).Rank(run, slot);
        var ahead = 0.0;
        for (var i = 0; i < queue.Count; i++)
        {
            if (queue.RankAt(i) <= rank)
                ahead += run.RequestWork(queue.SlotAt(i));
        }
        return ahead;
    }
}
