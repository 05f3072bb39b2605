using DevSim.Engine.Rules;

namespace DevSim.Engine.Simulation;

/// <summary>
/// Dynamic sequencing (the paper's proposal): when the static choice's resource is busy, the first later pending task whose resource is idle;
/// under precedence constraints, only a task whose predecessors have been executed (docs/model.md#precedence-constraints).
/// </summary>
internal struct DynamicPolicy : ISequencingPolicy
{
    public readonly void Initialize(RunState run) { }

    public readonly void Reset() { }

    public readonly int Alternative(RunState run, int slot, int staticPosition)
    {
        ref readonly var project = ref run.Project(slot);
        ref readonly var type = ref run.Kind(project.Type);
        if (type.Constrained)
        {
            var free = run.Idle;
            return NextTaskRule.DynamicAlternative(type.Sequence, run.Pending(slot), run.Done(slot), type.Model.Precedence, staticPosition, type.TaskResource, ref free);
        }
        if (type.Sets.Enabled)
            return PositionSets.First(PositionSets.WithoutFirst(project.PendingPositions) & type.Sets.Idle);
        var idle = run.Idle;
        return NextTaskRule.DynamicAlternative(type.Sequence, run.Pending(slot), staticPosition, type.TaskResource, ref idle);
    }

    public readonly void Started(RunState run, int slot, int resource) { }

    public readonly void Ended(RunState run, int slot, int resource) { }

    public readonly void Queued(RunState run, int slot, int resource) { }

    public readonly void Dequeued(RunState run, int slot, int resource) { }
}
