namespace DevSim.Engine.Simulation;

/// <summary>Static sequencing (the paper's baseline): always the first pending task; queue for it when its resource is busy.</summary>
internal struct StaticPolicy : ISequencingPolicy
{
    public readonly void Initialize(RunState run) { }

    public readonly void Reset() { }

    public readonly int Alternative(RunState run, int slot, int staticPosition) => -1;

    public readonly void Started(RunState run, int slot, int resource) { }

    public readonly void Ended(RunState run, int slot, int resource) { }

    public readonly void Queued(RunState run, int slot, int resource) { }

    public readonly void Dequeued(RunState run, int slot, int resource) { }
}
