using DevSim.Engine.Statistics;

namespace DevSim.Engine.Capacity;

/// <summary>One simulation of a system at one arrival rate: the measure per replication and its summary.</summary>
/// <param name="Rate">Projects arriving per day (all types together).</param>
/// <param name="Values">The measure of each replication, in replication order (the pairs of a paired comparison).</param>
/// <param name="Measure">Their mean and Student-t 95% CI over replications.</param>
/// <param name="Overloaded">Whether the statistics' verdict is overloaded (a load CI above 1, or a replication stopped): the measure then describes runs that never settled.</param>
/// <param name="Saturated">The saturated resource when overloaded, else null.</param>
public sealed record SystemRun(double Rate, IReadOnlyList<double> Values, SampleSummary Measure, bool Overloaded, string? Saturated)
{
    /// <summary>The mean interarrival time, 1 / <see cref="Rate"/>, in days.</summary>
    public double Interarrival => 1 / Rate;

    /// <summary>Whether the run meets <paramref name="target"/>: not overloaded, and the measure's mean at most the target.</summary>
    public bool Meets(double target) => !Overloaded && Measure.Mean <= target;

    /// <summary>Whether the measure's 95% CI holds <paramref name="target"/> (never for an overloaded run): more replications could move the verdict.</summary>
    public bool Straddles(double target) => !Overloaded && Measure.Ci95.Contains(target);
}
