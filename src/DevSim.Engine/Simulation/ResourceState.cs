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

    /// <summary>Whether a server is free.</summary>
    public readonly bool IsIdle => Busy < Capacity;
}
