using BenchmarkDotNet.Attributes;
using DevSim.Engine.Evaluation;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Benchmarks;

/// <summary>
/// Cost per project against the size of the process: random DSM processes of 9 to 100 tasks at 10%
/// and 30% density, one resource per task, arrivals at 80% offered load on the busiest resource
/// (static sequencing), one core. The setup prints the non-zeros and executions per project, so the
/// cost can be read per execution and per rework entry touched.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private const int Projects = 2_000;
    private IMultiProjectRun _run = null!;
    private int[] _sequence = null!;
    private SimulationOptions _options = null!;

    [Params(9, 20, 50, 100)]
    public int Tasks { get; set; }

    [Params(0.1, 0.3)]
    public double Density { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var scenario = RandomScenario.Create(Tasks, Density, seed: 1);
        var evaluator = new SingleProjectEvaluator(scenario);
        var evaluation = evaluator.Evaluate(scenario.DefaultSequence, new EvaluationOptions { Replications = 4_000 });
        var busiest = evaluator.Demands(evaluation).Max(d => d.CriticalInterarrival);
        var model = new ProcessModel(scenario);
        _run = SequencingPolicyRegistry.CreateRun(SequencingPolicy.Static, model);
        _sequence = model.ToIndices(scenario.DefaultSequence);
        _options = new SimulationOptions { Arrivals = new PoissonArrivals(busiest / 0.8), Projects = Projects, Warmup = 0 };
        var events = _run.Run(_options, _sequence, 0, null).Events;
        var nonZeros = model.ColumnStart[^1];
        var executions = evaluation.Tasks.Sum(t => t.Executions);
        Console.WriteLine($"// n={Tasks} density={Density}: {nonZeros} rework non-zeros, {executions:F1} executions and {(double)events / Projects:F1} events per project");
    }

    /// <summary>One replication of 2,000 projects; reported per project.</summary>
    [Benchmark(OperationsPerInvoke = Projects)]
    public long PerProject() => _run.Run(_options, _sequence, 0, null).Events;
}
