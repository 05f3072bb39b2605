namespace DevSim.Engine.Simulation;

/// <summary>
/// The policies of a portfolio whose types follow different ones: each project's alternative is
/// its own type's policy's. The rework-aware bookkeeping (the expected work in service and queued
/// per resource) counts every project, whatever its type, because all of them share the resources.
/// A portfolio whose types share one policy runs that policy's struct instead.
/// </summary>
internal struct PerTypePolicy : ISequencingPolicy
{
    private ReworkAwarePolicy _reworkAware;
    private bool _anyReworkAware;

    public void Initialize(RunState run)
    {
        _reworkAware.Initialize(run);
        foreach (var type in run.Types)
            _anyReworkAware |= type.Policy == SequencingPolicy.ReworkAware;
    }

    public readonly void Reset() => _reworkAware.Reset();

    public readonly int Alternative(RunState run, int slot, int staticPosition) => run.TypeOf(slot).Policy switch
    {
        SequencingPolicy.Dynamic => default(DynamicPolicy).Alternative(run, slot, staticPosition),
        SequencingPolicy.ReworkAware => _reworkAware.Alternative(run, slot, staticPosition),
        _ => -1,
    };

    public readonly void Started(RunState run, int slot, int resource)
    {
        if (_anyReworkAware)
            _reworkAware.Started(run, slot, resource);
    }

    public readonly void Ended(RunState run, int slot, int resource)
    {
        if (_anyReworkAware)
            _reworkAware.Ended(run, slot, resource);
    }

    public readonly void Queued(RunState run, int slot, int resource)
    {
        if (_anyReworkAware)
            _reworkAware.Queued(run, slot, resource);
    }

    public readonly void Dequeued(RunState run, int slot, int resource)
    {
        if (_anyReworkAware)
            _reworkAware.Dequeued(run, slot, resource);
    }
}
