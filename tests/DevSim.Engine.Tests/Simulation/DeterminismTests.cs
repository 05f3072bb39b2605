using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>Same seed, same numbers, whatever the number of threads; common random numbers across policies.</summary>
public class DeterminismTests
{
    private static SimulationResult Run(int threads, SequencingPolicy policy = SequencingPolicy.Dynamic, ulong seed = 9) =>
        new MultiProjectSimulator(TestScenarios.Mouse).Run(new SimulationOptions
        {
            Policy = policy,
            Arrivals = new PoissonArrivals(14),
            Projects = 5_000,
            Replications = 5,
            Seed = seed,
            MaxDegreeOfParallelism = threads,
        });

    [Fact]
    public void Run_SameSeed_IdenticalWhateverTheThreadCount()
    {
        var one = Run(1);
        foreach (var threads in new[] { 2, 4 })
        {
            var other = Run(threads);
            Assert.Equal(one.Duration, other.Duration);
            Assert.Equal(one.Waiting, other.Waiting);
            Assert.Equal(one.Events, other.Events);
            for (var r = 0; r < one.Replications.Count; r++)
                Assert.Equal(one.Replications[r].Resources, other.Replications[r].Resources);
        }
    }

    [Fact]
    public void Run_DifferentSeeds_DifferentNumbers() =>
        Assert.NotEqual(Run(2, seed: 1).Duration.Mean, Run(2, seed: 2).Duration.Mean);

    [Fact]
    public void Run_PinnedGoldenValue()
    {
        // Pins the kernel, the rules and the random streams together.
        Assert.Equal(GoldenDynamicMean, Run(2).Duration.Mean, 9);
    }

    private const double GoldenDynamicMean = 117.11087963169918;

    [Fact]
    public void Run_TraceObserver_SeesEveryExecutionOfReplicationZeroInTimeOrder()
    {
        var observer = new Recorder();
        var result = new MultiProjectSimulator(TestScenarios.Mouse).Run(new SimulationOptions
        {
            Arrivals = new PoissonArrivals(16),
            Projects = 200,
            Warmup = 0,
            Replications = 3,
            Observer = observer,
        });
        Assert.Equal(200, observer.Records.Select(r => r.Project).Distinct().Count());
        Assert.Equal(200 * 9, observer.Records.Count(r => r.Amount == 1)); // every task once in full
        Assert.True(observer.Records.Zip(observer.Records.Skip(1)).All(p => p.First.End <= p.Second.End));
        Assert.All(observer.Records, r => Assert.True(r.Queued <= r.Start && r.Start < r.End));
        // A resource never serves two executions at once (capacity 1).
        foreach (var resource in observer.Records.GroupBy(r => r.Resource))
        {
            var ordered = resource.OrderBy(r => r.Start).ToList();
            Assert.True(ordered.Zip(ordered.Skip(1)).All(p => p.First.End <= p.Second.Start + 1e-9));
        }
        Assert.Equal(result.Replications[0].Duration.Mean, observer.Records.GroupBy(r => r.Project)
            .Average(g => g.Max(r => r.End) - ArrivalOf(g)), 6);
    }

    private static double ArrivalOf(IEnumerable<ExecutionRecord> records) => records.Min(r => r.Queued);

    private sealed class Recorder : IExecutionObserver
    {
        public List<ExecutionRecord> Records { get; } = [];

        public void OnExecution(in ExecutionRecord record) => Records.Add(record);
    }
}
