namespace DevSim.Engine.Statistics;

/// <summary>How far a multi-project run's numbers describe a steady state.</summary>
public enum Verdict
{
    /// <summary>Every check passed: the means and percentiles describe the long run.</summary>
    Stable,

    /// <summary>No resource is shown to be overloaded, but the run has not settled or is too short to tell.</summary>
    Unsettled,

    /// <summary>A resource cannot keep up (its offered load's CI lies above 1) or a replication was stopped.</summary>
    Overloaded,
}
