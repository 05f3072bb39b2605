using BenchmarkDotNet.Attributes;
using DevSim.Engine.Evaluation;
using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;

namespace DevSim.Benchmarks;

/// <summary>
/// Single-project evaluation of the optical mouse's optimal sequence: the optimiser's inner loop.
/// One operation is <see cref="Replications"/> replications on one thread; divide to get a rate.
/// </summary>
[MemoryDiagnoser]
public class SingleProjectBenchmarks
{
    private const int Replications = 100_000;
    private SingleProjectRun _run = null!;
    private int[] _sequence = null!;
    private SingleProjectEvaluator _evaluator = null!;
    private Scenario _mouse = null!;

    [GlobalSetup]
    public void Setup()
    {
        _mouse = ScenarioReader.LoadBuiltIn("optical-mouse");
        var model = new ProcessModel(_mouse);
        _run = new SingleProjectRun(model);
        _sequence = model.ToIndices(_mouse.DefaultSequence);
        _evaluator = new SingleProjectEvaluator(_mouse);
    }

    /// <summary>100,000 replications on one core, no allocation per replication.</summary>
    [Benchmark(OperationsPerInvoke = Replications)]
    public double ReplicationOneCore()
    {
        var sum = 0.0;
        for (ulong r = 0; r < Replications; r++)
            sum += _run.Run(_sequence, SeedMixer.Derive(1, r));
        return sum;
    }

    /// <summary>The public API on every core, 100,000 replications (per-chunk statistics included).</summary>
    [Benchmark(OperationsPerInvoke = Replications)]
    public double EvaluateAllCores() =>
        _evaluator.Evaluate(_mouse.DefaultSequence, new EvaluationOptions { Replications = Replications }).Duration.Mean;
}
