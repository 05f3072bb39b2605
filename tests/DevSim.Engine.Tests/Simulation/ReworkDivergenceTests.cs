using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>Rework that never dies out stops the multi-project run with a clear error instead of hanging it.</summary>
public class ReworkDivergenceTests
{
    // Two tasks that rework each other with certainty and at full size: every completion reopens the other task.
    private static readonly Engine.Scenarios.Scenario Cycle = TestScenarios.Build([1, 1],
        TestScenarios.Cells(2, (1, 2, 1), (2, 1, 1)), TestScenarios.Cells(2, (1, 2, 1), (2, 1, 1)));

    [Theory]
    [InlineData(SequencingPolicy.Static)]
    [InlineData(SequencingPolicy.Dynamic)]
    [InlineData(SequencingPolicy.ReworkAware)]
    public void Run_FullSizeReworkCycle_ThrowsReworkDivergence(SequencingPolicy policy)
    {
        // One project alone: the per-project guard (as in the single-project evaluation).
        var options = new SimulationOptions { Policy = policy, Arrivals = new PoissonArrivals(5), Projects = 1, Replications = 2 };
        var e = Assert.Throws<ReworkDivergenceException>(() => new MultiProjectSimulator(Cycle).Run(options));
        Assert.Contains("rework does not die out: one project passed 1,000,001 task executions", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ManyProjectsInAFullSizeReworkCycle_ThrowsAfterTheLimitWithoutAFinish()
    {
        // 2,000 projects share the two resources; none would reach the per-project limit for 2 billion executions.
        var options = new SimulationOptions { Arrivals = new PoissonArrivals(0.5), Projects = 2_000, Replications = 1 };
        var e = Assert.Throws<ReworkDivergenceException>(() => new MultiProjectSimulator(Cycle).Run(options));
        Assert.Contains("rework does not die out: 1,000,001 task executions passed without any project finishing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ReworkThatDiesOut_NoFalseAlarm()
    {
        // RI = 0.9 both ways: long but finite rework, every project finishes.
        var scenario = TestScenarios.Build([1, 1], TestScenarios.Cells(2, (1, 2, 1), (2, 1, 1)), TestScenarios.Cells(2, (1, 2, 0.9), (2, 1, 0.9)));
        var result = new MultiProjectSimulator(scenario).Run(new SimulationOptions { Arrivals = new PoissonArrivals(100), Projects = 200, Replications = 2 });
        Assert.Equal(180, result.Replications[0].ProjectsCounted);
    }
}
