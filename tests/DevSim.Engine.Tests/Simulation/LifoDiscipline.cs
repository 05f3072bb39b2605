using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>A discipline of the tests' own: last come, first served.</summary>
internal struct LifoDiscipline : IQueueDiscipline
{
    private Stack<int>[] _stacks;

    public void Initialize(RunState run) =>
        _stacks = [.. Enumerable.Range(0, run.PoolSize).Select(_ => new Stack<int>())];

    public readonly void Reset()
    {
        foreach (var stack in _stacks)
            stack.Clear();
    }

    public readonly int Count(int resource) => _stacks[resource].Count;

    public readonly void Enqueue(RunState run, int resource, int slot) => _stacks[resource].Push(slot);

    public readonly int Dequeue(RunState run, int resource) => _stacks[resource].Pop();

    public readonly void Remove(RunState run, int resource, int slot)
    {
        var kept = _stacks[resource].Where(s => s != slot).Reverse().ToArray();
        _stacks[resource].Clear();
        foreach (var s in kept)
            _stacks[resource].Push(s);
    }

    public readonly double Rank(RunState run, int slot) => -run.Project(slot).Requested;

    public readonly double WorkAhead(RunState run, int resource, int slot, double queuedWork) => 0;
}
