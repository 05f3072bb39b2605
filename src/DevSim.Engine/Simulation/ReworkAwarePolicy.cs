using DevSim.Engine.Rules;

namespace DevSim.Engine.Simulation;

/// <summary>
/// Rework-aware sequencing (DevSim's answer to the paper's section 6.4): when the static choice's
/// resource is busy, the later pending task with an idle resource whose expected extra rework is
/// least, but only when that rework is less than the expected wait for the busy resource
/// (<see cref="NextTaskRule.ReworkAwareAlternative"/>). To know that wait it keeps, per resource, the
/// expected work still to do in service and the expected work queued, and asks the queue discipline
/// how much of the queued work would be served first (<see cref="RunState.WorkAhead"/>).
/// </summary>
internal struct ReworkAwarePolicy : ISequencingPolicy
{
    private double[] _serviceEndSum; // per resource: the sum of the expected ends of the executions in service
    private double[] _queuedWork;    // per resource: the expected work of the executions queued

    public void Initialize(RunState run)
    {
        _serviceEndSum = new double[run.PoolSize];
        _queuedWork = new double[run.PoolSize];
    }

    public readonly void Reset()
    {
        Array.Clear(_serviceEndSum);
        Array.Clear(_queuedWork);
    }

    public readonly int Alternative(RunState run, int slot, int staticPosition)
    {
        ref readonly var type = ref run.Kind(run.Project(slot).Type);
        var resource = type.TaskResource[type.Sequence[staticPosition]];
        var idle = run.Idle;
        return NextTaskRule.ReworkAwareAlternative(type.Model, type.Sequence, type.TaskResource, run.Pending(slot), run.Done(slot),
            staticPosition, ExpectedWait(run, resource, slot), ref idle);
    }

    public readonly void Started(RunState run, int slot, int resource) => _serviceEndSum[resource] += ExpectedEnd(run, slot);

    public readonly void Ended(RunState run, int slot, int resource) => _serviceEndSum[resource] -= ExpectedEnd(run, slot);

    public readonly void Queued(RunState run, int slot, int resource) => _queuedWork[resource] += run.RequestWork(slot);

    public readonly void Dequeued(RunState run, int slot, int resource) => _queuedWork[resource] -= run.RequestWork(slot);

    /// <summary>
    /// The expected wait of the project in <paramref name="slot"/> joining <paramref name="resource"/>'s
    /// queue now: the expected work still to do in service plus the queued work the discipline would
    /// serve first, shared by its servers (exact in expectation for one server; the fluid
    /// approximation for several).
    /// </summary>
    private readonly double ExpectedWait(RunState run, int resource, int slot)
    {
        ref readonly var state = ref run.Resource(resource);
        return Math.Max(0, _serviceEndSum[resource] - state.Busy * run.Now + run.WorkAhead(resource, slot, _queuedWork[resource])) / state.Capacity;
    }

    /// <summary>When the execution in <paramref name="slot"/> ends on average: amount × d after its start.</summary>
    private static double ExpectedEnd(RunState run, int slot)
    {
        ref readonly var project = ref run.Project(slot);
        return project.Started + project.Amount * run.Kind(project.Type).TaskDuration[project.Task];
    }
}
