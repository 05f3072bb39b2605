using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DevSim.Engine.Optimization;
using DevSim.Engine.Scenarios;

namespace DevSim.Benchmarks;

/// <summary>
/// The sequence searches on the mouse, on every core, with their default settings (the paper's
/// Table 2 for the GA; a certified best for the exhaustive search): seconds to finish. Each run takes
/// seconds, so one cold run per search is measured.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class SearchBenchmarks
{
    private Scenario _mouse = null!;

    [GlobalSetup]
    public void Setup() => _mouse = ScenarioReader.LoadBuiltIn("optical-mouse");

    /// <summary>The paper's GA, minimising.</summary>
    [Benchmark]
    public double GeneticAlgorithm() => new GeneticAlgorithm(_mouse).Run(new GeneticAlgorithmOptions()).Best.Mean;

    /// <summary>All 9! sequences, then successive halving to a certified best.</summary>
    [Benchmark]
    public double Exhaustive() => new ExhaustiveSearch(_mouse).Run(new ExhaustiveSearchOptions()).Best.Mean;
}
