namespace DevSim.Engine.Simulation;

/// <summary>One resource's running statistics during a replication, kept together so that a report reads one cache line.</summary>
internal struct ResourceTally
{
    /// <summary>When the time-weighted areas were last brought up to date.</summary>
    public double LastTouch;

    /// <summary>The queue length last reported.</summary>
    public int Queued;

    /// <summary>∫ queue length dt over the observation window so far.</summary>
    public double QueueArea;

    /// <summary>∫ busy servers dt over the observation window so far.</summary>
    public double BusyArea;

    /// <summary>Sum of the waits of requests made inside the window.</summary>
    public double WaitSum;

    /// <summary>Requests made inside the window.</summary>
    public long Requests;

    /// <summary>Work done for every finished project.</summary>
    public double WorkAll;
}
