using DevSim.Engine.Statistics;

namespace DevSim.Engine.Capacity;

/// <summary>One project type's measure in one simulation of a portfolio, against that type's own target.</summary>
/// <param name="Name">The type's name.</param>
/// <param name="Measure">Its measure's mean and Student-t 95% CI over replications (NaN when no project of the type was counted).</param>
/// <param name="Target">What the measure must reach: at most this many days, or at least this on-time share.</param>
/// <param name="AtLeast">True when the measure must be at least <paramref name="Target"/> (an on-time share), false when at most (a duration).</param>
public sealed record TypeRun(string Name, SampleSummary Measure, double Target, bool AtLeast)
{
    /// <summary>Whether the type's mean meets its target (never when it is NaN).</summary>
    public bool Meets => AtLeast ? Measure.Mean >= Target : Measure.Mean <= Target;

    /// <summary>Whether the type's 95% CI holds its target: more replications could move its verdict.</summary>
    public bool Straddles => Measure.Ci95.Contains(Target);

    /// <summary>How far inside its target the type is, as a share of the target (negative: missed; NaN measures count as missed by far).</summary>
    public double Slack
    {
        get
        {
            var slack = AtLeast ? (Measure.Mean - Target) / Target : (Target - Measure.Mean) / Target;
            return double.IsNaN(slack) ? double.NegativeInfinity : slack;
        }
    }
}
