namespace DevSim.Engine.Simulation;

/// <summary>
/// One resource's state during a replication, kept together so that an event touching the
/// resource reads one cache line through one reference.
/// </summary>
internal struct ResourceState
{
    /// <summary>Servers (the resource's capacity c).</summary>
    public int Capacity;

    /// <summary>Servers busy now.</summary>
    public int Busy;

    /// <summary>Rework-aware only: the sum of the expected ends of the executions in service.</summary>
    public double ServiceEndSum;

    /// <summary>Rework-aware only: the expected work of the executions queued.</summary>
    public double QueuedWork;

    /// <summary>Whether a server is free.</summary>
    public readonly bool IsIdle => Busy < Capacity;
}
