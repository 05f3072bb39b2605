using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Analysis;

/// <summary>The one rule by which the planning analyses call a simulation overloaded.</summary>
internal static class Overload
{
    /// <summary>The statistics' verdict (a load CI above 1, or a stopped replication); the overload flag for results without one.</summary>
    public static bool Of(SimulationResult result) =>
        result.SteadyState is { } steady ? steady.Verdict == Verdict.Overloaded : result.IsUnstable;
}
