using DevSim.Engine.Evaluation;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>Grid points run side by side: the same numbers as one at a time, in job order, on any thread count.</summary>
public class SimulationBatchTests
{
    private static List<SimulationJob> Jobs() =>
    [
        .. new[] { 14.0, 18.0, 25.0 }.SelectMany(ia => new[] { SequencingPolicy.Static, SequencingPolicy.Dynamic }.Select(policy =>
            new SimulationJob(TestScenarios.Mouse, new SimulationOptions
            {
                Policy = policy,
                Arrivals = new PoissonArrivals(ia),
                Projects = 1_500,
                Replications = 3,
                Seed = 5,
            }))),
    ];

    [Fact]
    public void Run_MatchesEachJobRunAlone_BitForBit_OnAnyThreadCount()
    {
        var jobs = Jobs();
        var reported = 0;
        var parallel = SimulationBatch.Run(jobs, progress: new Counter(() => Interlocked.Increment(ref reported)));
        var serial = SimulationBatch.Run(jobs, maxDegreeOfParallelism: 1);
        for (var i = 0; i < jobs.Count; i++)
        {
            var alone = new MultiProjectSimulator(jobs[i].Scenario).Run(jobs[i].Options);
            Assert.Equal(alone.Duration.Mean, parallel[i].Duration.Mean);
            Assert.Equal(alone.Waiting.Mean, parallel[i].Waiting.Mean);
            Assert.Equal(alone.Duration.Mean, serial[i].Duration.Mean);
            Assert.Equal(jobs[i].Options.Policy, parallel[i].Options.Policy);
        }
        Assert.Equal(jobs.Count, reported);
    }

    [Fact]
    public void StaticOfferedLoad_EqualsTheSingleProjectDemandPerInterarrival()
    {
        // Under static sequencing a project's executions never depend on waiting, so each resource's load
        // in a multi-project run is the single-project expected work divided by the mean interarrival.
        var evaluator = new SingleProjectEvaluator(TestScenarios.Mouse);
        var demands = evaluator.Demands(evaluator.Evaluate(TestScenarios.Mouse.DefaultSequence, new EvaluationOptions { Replications = 200_000 }));
        var result = new MultiProjectSimulator(TestScenarios.Mouse).Run(new SimulationOptions
        {
            Arrivals = new PoissonArrivals(20),
            Projects = 20_000,
            Replications = 4,
        });
        foreach (var (demand, measured) in demands.Zip(result.Resources))
            Assert.Equal(demand.Work / 20, measured.OfferedLoad, 0.02 * demand.Work / 20);
    }

    private sealed class Counter(Action tick) : IProgress<int>
    {
        public void Report(int value) => tick();
    }
}
