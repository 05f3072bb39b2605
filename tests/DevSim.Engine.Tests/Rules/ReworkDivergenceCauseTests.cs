using DevSim.Engine.Evaluation;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Tests.Rules;

/// <summary>The advice when rework never dies out names the cause in the process under its readings (issue 25).</summary>
public class ReworkDivergenceCauseTests
{
    // Three tasks, each reworked by the other two with certainty at 0.6 of its size: no full-size cycle.
    private static readonly Scenario PilesUp = TestScenarios.Build([1, 1, 1],
        TestScenarios.Cells(3, (1, 2, 1), (1, 3, 1), (2, 1, 1), (2, 3, 1), (3, 1, 1), (3, 2, 1)),
        TestScenarios.Cells(3, (1, 2, 0.6), (1, 3, 0.6), (2, 1, 0.6), (2, 3, 0.6), (3, 1, 0.6), (3, 2, 0.6)));

    [Fact]
    public void Of_FullSizeCycle_NamesItsTasks()
    {
        var cycle = TestScenarios.Build([1, 1, 1], TestScenarios.Cells(3, (2, 3, 1), (3, 2, 1)), TestScenarios.Cells(3, (2, 3, 1), (3, 2, 1.5)));
        Assert.StartsWith("tasks 2 -> 3 -> 2 rework each other with RP = 1 and RI >= 1", ReworkDivergenceCause.Of(cycle), StringComparison.Ordinal);
    }

    [Fact]
    public void PendingSum_DivergesWhereLargerDoesNot_AndTheAdviceNamesTheReading()
    {
        // Under the default reading the amounts shrink by 0.6 a round: it dies out.
        var larger = new SingleProjectEvaluator(PilesUp).Evaluate([1, 2, 3], new EvaluationOptions { Replications = 200 });
        Assert.True(larger.Duration.Mean < 20, $"{larger.Duration.Mean}");
        // Adding up, two reworks of 0.6 make 1.2: the amounts grow.
        var sum = PilesUp.WithReadings(PilesUp.Readings with { Pending = PendingRework.Sum });
        var e = Assert.Throws<ReworkDivergenceException>(() => new SingleProjectEvaluator(sum).Evaluate([1, 2, 3], new EvaluationOptions { Replications = 20 }));
        Assert.Contains("the cause is the reading pending-rework: sum", e.Message, StringComparison.Ordinal);
        Assert.Contains("task 1 (", e.Message, StringComparison.Ordinal);
        Assert.Contains("is reworked by 2 tasks whose impacts add up to 1.2", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("lower an impact below 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_FullSizeImpactsWithoutCertainty_NamesThoseCouplings()
    {
        var scenario = TestScenarios.Build([1, 1], TestScenarios.Cells(2, (1, 2, 0.9), (2, 1, 0.9)), TestScenarios.Cells(2, (1, 2, 1.2), (2, 1, 1)));
        Assert.StartsWith("couplings with RI >= 1 keep rework at full size (task 2 reworks task 1 with RP 0.9, RI 1.2",
            ReworkDivergenceCause.Of(scenario), StringComparison.Ordinal);
    }
}
