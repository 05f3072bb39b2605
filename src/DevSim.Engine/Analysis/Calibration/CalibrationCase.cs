using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Analysis.Calibration;

/// <summary>A run whose right verdict is known, to check the verdict against (docs/model.md#calibration-of-the-verdict).</summary>
/// <param name="Name">How the calibration table names it, e.g. "mouse static at 20".</param>
/// <param name="Scenario">The process.</param>
/// <param name="Policy">The sequencing policy.</param>
/// <param name="Interarrival">The mean time between Poisson arrivals.</param>
/// <param name="Projects">Projects per replication.</param>
/// <param name="Replications">The replication counts each seed is run with (one run per count and seed).</param>
/// <param name="Expected">What the verdict must say.</param>
public sealed record CalibrationCase(string Name, Scenario Scenario, SequencingPolicy Policy, double Interarrival, int Projects,
    IReadOnlyList<int> Replications, CalibrationExpectation Expected)
{
    /// <summary>The options of the run with <paramref name="replications"/> replications and master seed <paramref name="seed"/>.</summary>
    public SimulationOptions Options(int replications, ulong seed) => new()
    {
        Policy = Policy,
        Arrivals = new PoissonArrivals(Interarrival),
        Projects = Projects,
        Replications = replications,
        Seed = seed,
    };

    /// <summary>Whether <paramref name="verdict"/> is what this case expects.</summary>
    public bool Meets(Verdict verdict) => Expected switch
    {
        CalibrationExpectation.Stable => verdict == Verdict.Stable,
        CalibrationExpectation.NeverStable => verdict != Verdict.Stable,
        _ => verdict == Verdict.Overloaded,
    };
}
