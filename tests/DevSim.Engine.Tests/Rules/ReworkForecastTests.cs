using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;

namespace DevSim.Engine.Tests.Rules;

/// <summary>
/// The rework-aware policy's estimate: the expected extra rework of starting a later task now,
/// checked against a Monte Carlo of exactly that (switch, then follow the sequence) on hand-built cases.
/// </summary>
public class ReworkForecastTests
{
    /// <summary>
    /// Mean rework time (executions of done tasks, each amount × d) of finishing a project from a state,
    /// first doing the task at <paramref name="first"/> (or the static choice when -1), then the static rule.
    /// </summary>
    private static double MonteCarloRework(ProcessModel model, int[] sequence, double[] pending0, bool[] done0, int first, int runs)
    {
        var total = 0.0;
        var n = model.TaskCount;
        for (var run = 0; run < runs; run++)
        {
            var pending = (double[])pending0.Clone();
            var done = (bool[])done0.Clone();
            var streams = Enumerable.Range(0, n).Select(t => new SplitMix64(SeedMixer.Derive((ulong)run, (ulong)t))).ToArray();
            var position = first >= 0 ? first : NextTaskRule.StaticChoice(sequence, pending);
            while (position >= 0)
            {
                var task = sequence[position];
                var amount = pending[task];
                if (done[task])
                    total += amount * model.TaskDuration[task];
                pending[task] = 0;
                ReworkRule.Complete(model, task, amount, pending, done, ref streams[task]);
                position = NextTaskRule.StaticChoice(sequence, pending);
            }
        }
        return total / runs;
    }

    private static void AssertForecastMatchesMonteCarlo(Engine.Scenarios.Scenario scenario, int[] sequence, double[] pending, bool[] done,
        int alternative, double expected, double tolerance = 0.02)
    {
        var model = new ProcessModel(scenario);
        var forecast = ReworkForecast.ExtraRework(model, sequence, pending, done, NextTaskRule.StaticChoice(sequence, pending), alternative);
        Assert.Equal(expected, forecast, 9); // the hand computation
        const int runs = 400_000;
        var switched = MonteCarloRework(model, sequence, pending, done, alternative, runs);
        var kept = MonteCarloRework(model, sequence, pending, done, -1, runs);
        Assert.InRange(switched - kept, forecast - tolerance, forecast + tolerance);
    }

    [Fact]
    public void LaterTaskReworkedByAnEarlierOne_CostsTheReworkOfTheLaterTask()
    {
        // Task 2 is reworked by task 1 (RP 0.5, RI 0.4, d2 = 10): done first, it risks 0.5 × 0.4 × 10 = 2 days.
        var scenario = TestScenarios.Build([3, 10], TestScenarios.Cells(2, (2, 1, 0.5)), TestScenarios.Cells(2, (2, 1, 0.4)));
        AssertForecastMatchesMonteCarlo(scenario, [0, 1], [1, 1], [false, false], alternative: 1, expected: 2);
    }

    [Fact]
    public void EarlierTaskReworkedByTheLaterOne_IsSavedByTheSwap()
    {
        // Task 1 is reworked by task 2 (RP 0.6, RI 0.5, d1 = 4) only if 1 is done first: the swap saves 1.2 days.
        var scenario = TestScenarios.Build([4, 6], TestScenarios.Cells(2, (1, 2, 0.6)), TestScenarios.Cells(2, (1, 2, 0.5)));
        AssertForecastMatchesMonteCarlo(scenario, [0, 1], [1, 1], [false, false], alternative: 1, expected: -1.2);
    }

    [Fact]
    public void AlternativeAlreadyWaitingForRework_CountsOnlyTheLargerAmount()
    {
        // Task 2 is done and waits for rework 0.3; task 1 is waiting for its rework 0.8 and can rework 2
        // by 0.8 × 0.5 = 0.4 with probability 0.8 × 0.5. In order, 2's pending would just become max(0.3, 0.4);
        // swapped, 2 does its 0.3 and then all 0.4 again: 0.4 × min(0.3, 0.4) × 10 = 1.2 days more.
        var scenario = TestScenarios.Build([5, 10], TestScenarios.Cells(2, (2, 1, 0.5)), TestScenarios.Cells(2, (2, 1, 0.5)));
        AssertForecastMatchesMonteCarlo(scenario, [0, 1], [0.8, 0.3], [true, true], alternative: 1, expected: 1.2);
    }

    [Fact]
    public void TaskNotPending_DoesNotCount()
    {
        // Task 2 sits between the static choice and the alternative but is done and waits for nothing.
        var scenario = TestScenarios.Build([2, 5, 8], TestScenarios.Cells(3, (3, 2, 0.9), (3, 1, 0.5)), TestScenarios.Cells(3, (3, 2, 0.9), (3, 1, 0.5)));
        var model = new ProcessModel(scenario);
        Assert.Equal(0.5 * 0.5 * 8, ReworkForecast.ExtraRework(model, [0, 1, 2], [1, 0, 1], [false, true, false], 0, 2), 12);
    }

    [Fact]
    public void TwoTasksAhead_AddUp_ToFirstOrder()
    {
        // Task 3 is reworked by tasks 1 and 2 (RP 0.1 each, RI 0.5, d3 = 8): 2 × 0.1 × 0.5 × 8 = 0.8. The max rule
        // makes both at once cost only one (probability 0.01, 0.5 × 8 days): the forecast is high by about 0.04.
        var p = TestScenarios.Cells(3, (3, 1, 0.1), (3, 2, 0.1));
        var i = TestScenarios.Cells(3, (3, 1, 0.5), (3, 2, 0.5));
        AssertForecastMatchesMonteCarlo(TestScenarios.Build([2, 5, 8], p, i), [0, 1, 2], [1, 1, 1], [false, false, false],
            alternative: 2, expected: 0.8, tolerance: 0.06);
    }
}
