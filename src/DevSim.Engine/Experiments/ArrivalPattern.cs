namespace DevSim.Engine.Experiments;

/// <summary>How an experiment's projects arrive.</summary>
public enum ArrivalPattern
{
    /// <summary>Exponential interarrival times with the grid's mean (the paper's assumption).</summary>
    Poisson,

    /// <summary>One project exactly every interarrival time.</summary>
    Fixed,

    /// <summary>Projects run one at a time with the resources to themselves: the single-project durations of Table 3.</summary>
    Isolated,
}
