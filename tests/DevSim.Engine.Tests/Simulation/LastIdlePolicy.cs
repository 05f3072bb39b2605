using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>
/// A policy of the tests' own, to show that a policy plugs into the run without touching its loop:
/// when the static choice's resource is busy, the LAST later pending task whose resource is idle
/// (dynamic takes the first).
/// </summary>
internal struct LastIdlePolicy : ISequencingPolicy
{
    public readonly void Initialize(RunState run) { }

    public readonly void Reset() { }

    public readonly int Alternative(RunState run, int slot, int staticPosition)
    {
        var pending = run.Pending(slot);
        var sequence = run.TypeOf(slot).Sequence;
        for (var p = sequence.Length - 1; p > staticPosition; p--)
        {
            var task = sequence[p];
            if (pending[task] > 0 && run.Resource(run.TypeOf(slot).TaskResource[task]).IsIdle)
                return p;
        }
        return -1;
    }

    public readonly void Started(RunState run, int slot, int resource) { }

    public readonly void Ended(RunState run, int slot, int resource) { }

    public readonly void Queued(RunState run, int slot, int resource) { }

    public readonly void Dequeued(RunState run, int slot, int resource) { }
}
