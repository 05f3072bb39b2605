using BenchmarkDotNet.Attributes;
using DevSim.Engine.Evaluation;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Benchmarks;

/// <summary>
/// Independent replications on one core against every core, through the public API: single-project
/// evaluation (200,000 replications of the mouse) and multi-project simulation (8 replications of
/// 20,000 projects at interarrival 16, dynamic).
/// </summary>
[MemoryDiagnoser]
public class ParallelBenchmarks
{
    private Scenario _mouse = null!;

    /// <summary>1, or -1 for every core.</summary>
    [Params(1, -1)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => _mouse = ScenarioReader.LoadBuiltIn("optical-mouse");

    [Benchmark]
    public double SingleProject() => new SingleProjectEvaluator(_mouse)
        .Evaluate(_mouse.DefaultSequence, new EvaluationOptions { Replications = 200_000, MaxDegreeOfParallelism = Threads }).Duration.Mean;

    [Benchmark]
    public double MultiProject() => new MultiProjectSimulator(_mouse).Run(new SimulationOptions
    {
        Policy = SequencingPolicy.Dynamic,
        Arrivals = new PoissonArrivals(16),
        Replications = 8,
        MaxDegreeOfParallelism = Threads,
    }).Duration.Mean;
}
