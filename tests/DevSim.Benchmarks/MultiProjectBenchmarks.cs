using BenchmarkDotNet.Attributes;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Benchmarks;

/// <summary>
/// One replication of the mouse at mean interarrival 16, 20,000 projects, on one core, under each
/// policy (rework-aware is DevSim's own, issue 9). Divide the event count printed by the setup
/// (260,651 for static) by the time for events per second.
/// </summary>
[MemoryDiagnoser]
public class MultiProjectBenchmarks
{
    private IMultiProjectRun _run = null!;
    private int[] _sequence = null!;
    private SimulationOptions _options = null!;

    [Params(SequencingPolicy.Static, SequencingPolicy.Dynamic, SequencingPolicy.ReworkAware)]
    public SequencingPolicy Policy { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var mouse = ScenarioReader.LoadBuiltIn("optical-mouse");
        var model = new ProcessModel(mouse);
        _run = SequencingPolicyRegistry.CreateRun(Policy, model);
        _sequence = model.ToIndices(mouse.DefaultSequence);
        _options = new SimulationOptions { Policy = Policy, Arrivals = new PoissonArrivals(16), Projects = 20_000 };
        var events = _run.Run(_options, _sequence, 0, null).Events;
        Console.WriteLine($"// {Policy}: {events} events per replication");
    }

    /// <summary>One replication (20,000 projects).</summary>
    [Benchmark]
    public long Replication() => _run.Run(_options, _sequence, 0, null).Events;
}
