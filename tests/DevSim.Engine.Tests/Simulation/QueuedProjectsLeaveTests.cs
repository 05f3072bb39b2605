using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>Reading (d): under dynamic sequencing a queued project leaves its queue for a later task whose resource has gone idle.</summary>
public class QueuedProjectsLeaveTests
{
    private static readonly ModelReadings Leave = new() { QueuedProjectsLeave = true };

    /// <summary>
    /// Tasks A, B, C of fixed durations 1, 5, 2, each on its own resource, sequence A B C; three projects
    /// arrive at 0. P0 takes A [0,1], P1 takes B [0,5], P2 takes C [0,2]. At 1 P0 finds B and C busy
    /// and queues at B. At 2 C goes idle: P2 starts A [2,3]; under (d) P0 leaves B's queue and starts
    /// C [2,4], then queues at B again at 4, behind P2 (queued at 3): P2 gets B [5,10], P0 B [10,15].
    /// Staying, P0 gets B [5,10] and C [10,12]; P2 gets B [10,15].
    /// </summary>
    private static List<ExecutionRecord> Executions(ModelReadings readings, SequencingPolicy policy = SequencingPolicy.Dynamic)
    {
        var scenario = TestScenarios.Build([1, 5, 2], distribution: "fixed").WithReadings(readings);
        var log = new ExecutionLog();
        var options = new SimulationOptions { Policy = policy, Arrivals = new TraceArrivals([0, 0, 0]), Projects = 3, Warmup = 0, Replications = 1 };
        SequencingPolicyRegistry.CreateRun(policy, new ProcessModel(scenario)).Run(options, [0, 1, 2], 0, log);
        return log.Records;
    }

    private static double Finish(List<ExecutionRecord> records, int project) => records.Where(r => r.Project == project).Max(r => r.End);

    private static ExecutionRecord Execution(List<ExecutionRecord> records, int project, int task) =>
        records.Single(r => r.Project == project && r.Task == task);

    [Fact]
    public void Run_Leave_QueuedProjectStartsTheIdleResourcesTaskWhenItFrees()
    {
        var records = Executions(Leave);
        var c = Execution(records, 0, 3);
        Assert.Equal((1.0, 2.0, 4.0), (c.Queued, c.Start, c.End)); // its wait since 1 counts for C
        Assert.Equal((10.0, 15.0), (Execution(records, 0, 2).Start, Execution(records, 0, 2).End));
        Assert.Equal([15.0, 8, 10], [.. Enumerable.Range(0, 3).Select(p => Finish(records, p))]);
    }

    [Fact]
    public void Run_Stay_QueuedProjectWaitsForItsStaticChoice()
    {
        var records = Executions(ModelReadings.Default);
        Assert.Equal((5.0, 10.0), (Execution(records, 0, 2).Start, Execution(records, 0, 3).Start));
        Assert.Equal([12.0, 8, 15], [.. Enumerable.Range(0, 3).Select(p => Finish(records, p))]);
    }

    [Fact]
    public void Run_LeaveUnderStatic_NoEffect()
    {
        Assert.Equal(Executions(ModelReadings.Default, SequencingPolicy.Static), Executions(Leave, SequencingPolicy.Static));
    }

    [Fact]
    public void Run_LeaveOnTheMouse_ChangesTheNumbersAndIsTheSameOnOneAndTwoThreads()
    {
        SimulationResult Run(ModelReadings readings, int threads) =>
            new MultiProjectSimulator(TestScenarios.Mouse.WithReadings(readings)).Run(new SimulationOptions
            {
                Policy = SequencingPolicy.Dynamic,
                Arrivals = new PoissonArrivals(14),
                Projects = 2_000,
                Replications = 4,
                Seed = 5,
                MaxDegreeOfParallelism = threads,
            });
        var one = Run(Leave, 1);
        var two = Run(Leave, 2);
        Assert.Equal(one.Duration, two.Duration);
        Assert.Equal(one.Waiting, two.Waiting);
        Assert.Equal(one.Events, two.Events);
        Assert.NotEqual(Run(ModelReadings.Default, 2).Duration.Mean, one.Duration.Mean);
    }
}
