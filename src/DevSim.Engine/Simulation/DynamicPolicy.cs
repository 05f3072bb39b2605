using DevSim.Engine.Rules;

namespace DevSim.Engine.Simulation;

/// <summary>
/// Dynamic sequencing (the paper's proposal): when the static choice's resource is busy, the first later pending task whose resource is idle;
/// under precedence constraints, only a task whose predecessors have been executed (docs/model.md#precedence-constraints).
/// </summary>
internal struct DynamicPolicy : ISequencingPolicy
{
    private bool _constrained; // the process has precedence pairs: the choice checks them, by a scan

    public void Initialize(RunState run) => _constrained = !run.Model.Precedence.IsEmpty;

    public readonly void Reset() { }

    public readonly int Alternative(RunState run, int slot, int staticPosition)
    {
        if (_constrained)
        {
            var free = run.Idle;
            return NextTaskRule.DynamicAlternative(run.Sequence, run.Pending(slot), run.Done(slot), run.Model.Precedence, staticPosition, run.TaskResource, ref free);
        }
        ref readonly var sets = ref run.Sets;
        if (sets.Enabled)
            return PositionSets.First(PositionSets.WithoutFirst(run.Project(slot).PendingPositions) & sets.Idle);
        var idle = run.Idle;
        return NextTaskRule.DynamicAlternative(run.Sequence, run.Pending(slot), staticPosition, run.TaskResource, ref idle);
    }

    public readonly void Started(RunState run, int slot, int resource) { }

    public readonly void Ended(RunState run, int slot, int resource) { }

    public readonly void Queued(RunState run, int slot, int resource) { }

    public readonly void Dequeued(RunState run, int slot, int resource) { }
}
