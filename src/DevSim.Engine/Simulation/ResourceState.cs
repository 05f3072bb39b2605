namespace DevSim.Engine.Simulation;

/// <summary>
/// One resource's state and running statistics during a replication, kept together so that an
/// event touching the resource reads one cache line through one reference.
/// </summary>
internal struct ResourceState
{
    /// <summary>Servers (the resource's capacity c).</summary>
    public int Capacity;

    /// <summary>Servers busy now.</summary>
    public int Busy;

    /// <summary>When the time-weighted areas were last brought up to date.</summary>
    public double LastTouch;

    /// <summary>∫ queue length dt over the observation window so far.</summary>
    public double QueueArea;

    /// <summary>∫ busy servers dt over the observation window so far.</summary>
    public double BusyArea;

    /// <summary>Sum of the waits of requests made inside the window.</summary>
    public double WaitSum;

    /// <summary>Requests made inside the window.</summary>
    public long Requests;

    /// <summary>Work done for projects counted in the statistics (those after the warm-up).</summary>
    public double WorkCounted;

    /// <summary>Work done for every finished project.</summary>
    public double WorkAll;

    /// <summary>Rework-aware only: the sum of the expected ends of the executions in service.</summary>
    public double ServiceEndSum;

    /// <summary>Rework-aware only: the expected work of the executions queued.</summary>
    public double QueuedWork;

    /// <summary>Whether a server is free.</summary>
    public readonly bool IsIdle => Busy < Capacity;
}
