using DevSim.Engine.Statistics;

namespace DevSim.Runner.Output;

/// <summary>
/// A 95% CI of a quantity that cannot leave its range, cut to it: durations, waits, queue lengths, utilisations and loads
/// are never negative, on-time shares never outside [0, 1]. The Student-t interval of few replications can reach past
/// such a bound (two replications: 12.7 standard errors either side); the cut interval covers the true value exactly
/// as often, since the true value is never beyond the bound (docs/model.md#intervals-of-bounded-quantities-are-cut-at-their-bounds). Never for a difference,
/// which may be negative.
/// </summary>
internal static class BoundedCi
{
    /// <summary>[max(0, lower), upper] of a non-negative quantity (a missing end stays missing).</summary>
    public static double[] NonNegative(Interval ci) => [Math.Max(0, ci.Lower), ci.Upper];

    /// <summary>[max(0, lower), min(1, upper)] of a share.</summary>
    public static double[] Share(Interval ci) => [Math.Max(0, ci.Lower), Math.Min(1, ci.Upper)];
}
