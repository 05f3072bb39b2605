using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Analysis;

/// <summary>
/// The smallest mean interarrival time that keeps a policy's system stable, as a bracket: at <paramref name="Lower"/>
/// the system is overloaded, at <paramref name="Upper"/> it is not (its verdict is stable or unsettled).
/// </summary>
/// <param name="Policy">The sequencing policy.</param>
/// <param name="Lower">An interarrival time at which the system is overloaded (for static: the limit itself).</param>
/// <param name="Upper">An interarrival time at which it is stable (for static: the limit itself).</param>
/// <param name="Exact">True for static, whose limit follows from the single-project demand (no simulation); false for a bracket found by bisection.</param>
/// <param name="Resource">The resource that saturates first: the one with the largest demand (static), or the one named overloaded at <paramref name="Lower"/>.</param>
/// <param name="Simulations">Simulations run to find it (0 for static).</param>
public sealed record StabilityLimit(SequencingPolicy Policy, double Lower, double Upper, bool Exact, string Resource, int Simulations)
{
    /// <summary>The verdict of the simulation at <see cref="Upper"/> (stable or unsettled); null for static, which runs none.</summary>
    public Verdict? UpperVerdict { get; init; }

    /// <summary>The middle of the bracket (for static: the limit).</summary>
    public double Estimate => (Lower + Upper) / 2;
}
