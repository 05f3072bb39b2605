namespace DevSim.Engine.Simulation;

/// <summary>First come, first served (the paper's discipline and the default): the earliest request.</summary>
internal struct FifoDiscipline : IQueueDiscipline
{
    private FifoQueue[] _queues;

    public void Initialize(RunState run) =>
        _queues = [.. Enumerable.Range(0, run.PoolSize).Select(_ => new FifoQueue())];

    public readonly void Reset()
    {
        foreach (var queue in _queues)
            queue.Clear();
    }

    public readonly int Count(int resource) => _queues[resource].Count;

    public readonly void Enqueue(RunState run, int resource, int slot) => _queues[resource].Enqueue(slot);

    public readonly int Dequeue(RunState run, int resource) => _queues[resource].Dequeue();

    public readonly void Remove(RunState run, int resource, int slot) => _queues[resource].Remove(slot);

    public readonly double Rank(RunState run, int slot) => 0;

    public readonly double WorkAhead(RunState run, int resource, int slot, double queuedWork) => queuedWork;
}
