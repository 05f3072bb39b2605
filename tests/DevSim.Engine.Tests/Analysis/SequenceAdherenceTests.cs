using DevSim.Engine.Analysis;
using DevSim.Engine.Simulation;
using Xunit;

namespace DevSim.Engine.Tests.Analysis;

public class SequenceAdherenceTests
{
    private static ExecutionRecord Ran(int project, int task, double start, double end, double amount = 1) =>
        new(project, task, 0, amount, start, start, end);

    [Fact]
    public void HandComputed_OutOfSequenceStarts_AndReworkTime_PerTask()
    {
        // Sequence 1, 2, 3. Project 0 is left out (warm-up 1). Project 1 keeps the order and reworks task 1 for 1.5 days;
        // project 2 starts task 3 first (1 and 2 not started: out of sequence), then 1, then 2 (both in sequence, as
        // nothing earlier is missing), and reworks task 3 for 0.25 days.
        var adherence = new SequenceAdherence([1, 2, 3], warmup: 1);
        ExecutionRecord[] records =
        [
            Ran(0, 3, 0, 1), Ran(1, 1, 1, 2), Ran(2, 3, 1.5, 2.5), Ran(1, 2, 2, 3), Ran(2, 1, 2.5, 3.5),
            Ran(1, 3, 3, 4), Ran(2, 2, 3.5, 4.5), Ran(1, 1, 4, 5.5, 0.3), Ran(2, 3, 4.5, 4.75, 0.1),
        ];
        foreach (var r in records)
            adherence.OnExecution(r);

        Assert.Equal(2, adherence.Projects);
        Assert.Equal([2L, 2, 2], [adherence.FirstExecutions(1), adherence.FirstExecutions(2), adherence.FirstExecutions(3)]);
        Assert.Equal([0L, 0, 1], [adherence.OutOfSequence(1), adherence.OutOfSequence(2), adherence.OutOfSequence(3)]);
        Assert.Equal(1.0 / 6, adherence.OutOfSequenceShare, 12);
        Assert.Equal([1.5, 0, 0.25], [adherence.ReworkTime(1), adherence.ReworkTime(2), adherence.ReworkTime(3)]);
    }

    [Fact]
    public void TheSequencesPositions_NotTheIds_DecideTheOrder()
    {
        // Sequence 3, 1, 2: task 3 first is in sequence, task 2 before task 1 is not.
        var adherence = new SequenceAdherence([3, 1, 2], warmup: 0);
        adherence.OnExecution(Ran(0, 3, 0, 1));
        adherence.OnExecution(Ran(0, 2, 1, 2));
        adherence.OnExecution(Ran(0, 1, 2, 3));
        Assert.Equal([0L, 1, 0], [adherence.OutOfSequence(3), adherence.OutOfSequence(2), adherence.OutOfSequence(1)]);
    }

    [Fact]
    public void ASequenceThatIsNoPermutation_IsRefused_NamingTheId()
    {
        var e = Assert.Throws<ArgumentException>(() => new SequenceAdherence([1, 1, 3], 0));
        Assert.Contains("1 is out of place", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SequencingPolicy.Static)]
    [InlineData(SequencingPolicy.Dynamic)]
    public void OnARun_ReworkAddsUpToTheRunsOwnReworkMeasure_AndStaticNeverLeavesTheSequence(SequencingPolicy policy)
    {
        // The mouse at interarrival 14: the run's rework mean counts the same projects (numbered from the warm-up on) and
        // the same executions, so the observer's rework time per project must equal it; static keeps the sequence by
        // definition, dynamic at this load leaves it often.
        var simulator = new MultiProjectSimulator(TestScenarios.Mouse);
        var adherence = new SequenceAdherence(TestScenarios.Mouse.DefaultSequence, warmup: 200);
        var options = new SimulationOptions
        {
            Policy = policy,
            Arrivals = new PoissonArrivals(14),
            Projects = 2_000,
            Warmup = 200,
            Replications = 1,
            Observer = adherence,
        };
        var result = simulator.RunReplication(options, 0);

        var tasks = TestScenarios.Mouse.TaskCount;
        Assert.Equal(result.ProjectsCounted, adherence.Projects);
        Assert.Equal(result.Rework, Enumerable.Range(1, tasks).Sum(adherence.ReworkTime) / adherence.Projects, 9);
        Assert.Equal(result.ProjectsCounted * tasks, Enumerable.Range(1, tasks).Sum(adherence.FirstExecutions));
        if (policy == SequencingPolicy.Static)
            Assert.Equal(0, adherence.OutOfSequenceShare);
        else
            Assert.InRange(adherence.OutOfSequenceShare, 0.05, 1);
    }
}
