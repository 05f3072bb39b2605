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

    /// <summary>
    /// A finite list of arrivals (a trace), followed to completion: a finite-horizon run has no steady state to judge,
    /// and a handful of projects gives no offered load to extrapolate (docs/model.md#finite-arrival-lists).
    /// </summary>
    Finite,
}
