using DevSim.Engine.Statistics;

namespace DevSim.Engine.Analysis;

/// <summary>What one project asks of a resource under static sequencing, and the load that makes at a given arrival rate.</summary>
/// <param name="Name">The resource's name.</param>
/// <param name="Capacity">Its servers.</param>
/// <param name="Work">Expected busy time per project, in days: each task's d plus its expected rework time, over the resource's tasks
/// (the same number as <see cref="Evaluation.ResourceDemand.Work"/> from the same evaluation).</param>
/// <param name="WorkCi">Student-t 95% CI of <paramref name="Work"/> over the single-project replications.</param>
/// <param name="MinimumWork">The work of first executions alone (the sum of d): no policy can ask less.</param>
/// <param name="OfferedLoad">Work / (capacity × mean interarrival) at the analysed interarrival, or NaN when none was given.</param>
/// <param name="OfferedLoadCi">Its 95% CI (from <paramref name="WorkCi"/>), or NaN bounds.</param>
public sealed record ResourceLoad(string Name, int Capacity, double Work, Interval WorkCi, double MinimumWork, double OfferedLoad, Interval OfferedLoadCi)
{
    /// <summary>
    /// The mean interarrival time at which static sequencing loads this resource to exactly 1: Work / Capacity.
    /// Under static sequencing a project's executions do not depend on waiting, so any faster arrival rate overloads it.
    /// </summary>
    public double StaticLimit => Work / Capacity;

    /// <summary>The 95% CI of <see cref="StaticLimit"/>.</summary>
    public Interval StaticLimitCi => new(WorkCi.Lower / Capacity, WorkCi.Upper / Capacity);
}
