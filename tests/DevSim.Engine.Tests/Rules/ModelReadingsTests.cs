using DevSim.Engine.Evaluation;
using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Tests.Rules;

/// <summary>The readings of the paper's text (docs/model.md#readings-of-the-paper), each against a hand-computed case.</summary>
public class ModelReadingsTests
{
    // The paper's two-task example of section 3.3: A = task 1 (d 2), B = task 2 (d 3).
    private static readonly Scenario TwoTasks = TestScenarios.Build([2, 3],
        TestScenarios.Cells(2, (1, 2, 0.5), (2, 1, 0.8)),
        TestScenarios.Cells(2, (1, 2, 0.7), (2, 1, 0.6)));

    [Fact]
    public void Complete_UnscaledProbability_ReworkOfA07ReworksBWithProbability08BySize042()
    {
        // Reading (a): the chance is RP = 0.8 whatever the amount; the amount is still 0.7 · 0.6.
        var (p, size) = Fire(TwoTasks.WithReadings(new ModelReadings { ScaledProbability = false }));
        AssertProbability(0.8, p);
        Assert.Equal(0.42, size, 12);
    }

    [Fact]
    public void Complete_UnscaledAmount_ReworkOfA07ReworksBWithProbability056BySize06()
    {
        // Reading (b): the chance is still 0.7 · 0.8 = 0.56; the amount is RI = 0.6.
        var (p, size) = Fire(TwoTasks.WithReadings(new ModelReadings { ScaledAmount = false }));
        AssertProbability(0.56, p);
        Assert.Equal(0.6, size, 12);
    }

    [Theory]
    [InlineData(0.3, 0.5, 0.8)]
    [InlineData(0.6, 0.5, 1.1)]
    public void Complete_PendingAddsUp_NewReworkIsAddedToThePendingOne(double alreadyPending, double newImpact, double expected)
    {
        // Reading (c), the paper's three-task example: A holds rework from B, and C's completion reworks A for sure.
        var model = new ProcessModel(TestScenarios.Build([1, 1, 1],
            TestScenarios.Cells(3, (1, 3, 1.0)), TestScenarios.Cells(3, (1, 3, newImpact))).WithReadings(new ModelReadings { Pending = PendingRework.Sum }));
        var pending = new[] { alreadyPending, 0, 0 };
        var stream = new SplitMix64(1);
        ReworkRule.Complete(model, task: 2, amount: 1, pending, [true, true, false], ref stream);
        Assert.Equal(expected, pending[0], 12);
    }

    [Theory]
    [InlineData(false, true, 6.447115)] // (a): rounds 0.5, 0.4, 0.2, ... of 0.7, 0.42, 0.294, ...: A 0.35/0.832, B 0.168/0.832
    [InlineData(true, false, 6.447115)] // (b): rounds 0.5, 0.56, 0.3, ... of 0.7, 0.6, 0.7, ...: the same two geometric series
    [InlineData(true, true, 6.095)] // the default (docs/model.md#the-papers-two-task-example)
    public void Evaluate_TwoTaskExampleUnderAReading_MatchesTheHandComputedExpectation(bool scaledProbability, bool scaledAmount, double expected)
    {
        var scenario = TwoTasks.WithReadings(new ModelReadings { ScaledProbability = scaledProbability, ScaledAmount = scaledAmount });
        var result = new SingleProjectEvaluator(scenario).Evaluate([1, 2], new EvaluationOptions { Replications = 400_000, Seed = 3 });
        Assert.InRange(expected, result.Duration.Mean - 4 * result.Duration.StandardError, result.Duration.Mean + 4 * result.Duration.StandardError);
    }

    [Fact]
    public void Evaluate_TwoTasksPendingAddsUp_EqualsTheDefaultBitForBit()
    {
        // With two tasks no task is ever given rework while rework is pending, so (c) changes nothing.
        var options = new EvaluationOptions { Replications = 20_000, Seed = 5, MaxDegreeOfParallelism = 1 };
        var sum = new SingleProjectEvaluator(TwoTasks.WithReadings(new ModelReadings { Pending = PendingRework.Sum })).Evaluate([1, 2], options);
        var larger = new SingleProjectEvaluator(TwoTasks).Evaluate([1, 2], options);
        Assert.Equal(larger.Duration.Mean, sum.Duration.Mean);
    }

    [Fact]
    public void Evaluate_CausingTaskRows_EqualsTheDefaultOnTheTransposedScenario()
    {
        // Reading (e): the mouse read with row = the causing task is the default reading of its transpose.
        var mouse = TestScenarios.Mouse;
        var n = mouse.TaskCount;
        double[][] Transposed(Func<int, int, double> cell) =>
            [.. Enumerable.Range(1, n).Select(i => Enumerable.Range(1, n).Select(j => cell(j, i)).ToArray())];
        var transposed = TestScenarios.Build([.. mouse.Tasks.Select(t => t.Duration)], Transposed(mouse.ReworkProbability), Transposed(mouse.ReworkImpact));
        var options = new EvaluationOptions { Replications = 5_000, Seed = 9 };
        int[] sequence = [5, 9, 3, 2, 7, 6, 4, 8, 1];
        var read = new SingleProjectEvaluator(mouse.WithReadings(new ModelReadings { CausingTaskRows = true })).Evaluate(sequence, options);
        var expected = new SingleProjectEvaluator(transposed).Evaluate(sequence, options);
        Assert.Equal(expected.Duration.Mean, read.Duration.Mean);
        Assert.NotEqual(new SingleProjectEvaluator(mouse).Evaluate(sequence, options).Duration.Mean, read.Duration.Mean);
    }

    [Fact]
    public void WithReadings_TwiceBackToTheDefault_RestoresTheMatrices()
    {
        var mouse = TestScenarios.Mouse;
        var back = mouse.WithReadings(new ModelReadings { CausingTaskRows = true }).WithReadings(ModelReadings.Default);
        for (var i = 1; i <= mouse.TaskCount; i++)
        {
            for (var j = 1; j <= mouse.TaskCount; j++)
                Assert.Equal(mouse.ReworkImpact(i, j), back.ReworkImpact(i, j));
        }
        Assert.True(back.Readings.IsDefault);
    }

    [Fact]
    public void Parse_ModelBlock_SetsEveryReading()
    {
        var scenario = ScenarioReader.Parse("""
            name: t
            tasks: [{ id: 1, duration: 1 }, { id: 2, duration: 1 }]
            rework: { probability: [[0, 0.5], [0, 0]], impact: [[0, 0.5], [0, 0]] }
            model: { rework-probability: unscaled, rework-amount: unscaled, pending-rework: sum, matrix-rows: causing }
            """);
        Assert.Equal(new ModelReadings { ScaledProbability = false, ScaledAmount = false, Pending = PendingRework.Sum, CausingTaskRows = true }, scenario.Readings);
        Assert.Equal(0.5, scenario.ReworkProbability(2, 1)); // transposed on reading
    }

    [Fact]
    public void Parse_QueuedProjects_LeaveSetsReadingDAndATypoIsNamedWithTheChoices()
    {
        const string Head = """
            name: t
            tasks: [{ id: 1, duration: 1 }]
            rework: { probability: [[0]], impact: [[0]] }

            """;
        Assert.True(ScenarioReader.Parse(Head + "model: { queued-projects: leave }").Readings.QueuedProjectsLeave);
        Assert.False(ScenarioReader.Parse(Head + "model: { queued-projects: stay }").Readings.QueuedProjectsLeave);
        var e = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(Head + "model: { queued-project: leave }"));
        Assert.Contains(e.Problems, p => p.Key.StartsWith("model.queued-project", StringComparison.Ordinal) && p.Message.Contains("queued-projects", StringComparison.Ordinal));
        var bad = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(Head + "model: { queued-projects: go }"));
        Assert.Contains(bad.Problems, p => p.Key == "model.queued-projects" && p.Message.Contains("stay or leave", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ModelBlockWithUnknownKeyOrValue_NamesTheLineKeyAndChoices()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse("""
            name: t
            tasks: [{ id: 1, duration: 1 }]
            rework: { probability: [[0]], impact: [[0]] }
            model:
              pending-rework: summ
              matrix-row: causing
            """));
        Assert.Contains(e.Problems, p => p.Key == "model.pending-rework" && p.Message.Contains("larger or sum", StringComparison.Ordinal) && p.Line == 5);
        Assert.Contains(e.Problems, p => p.Key.StartsWith("model.matrix-row", StringComparison.Ordinal) && p.Message.Contains("matrix-rows", StringComparison.Ordinal));
    }

    // Both tasks done; A's rework of amount 0.7 completes: how often, and by how much, is B reworked?
    private static (double Probability, double Size) Fire(Scenario scenario)
    {
        var model = new ProcessModel(scenario);
        const int trials = 400_000;
        var hits = 0;
        var size = double.NaN;
        var pending = new double[2];
        var done = new bool[2];
        for (var i = 0; i < trials; i++)
        {
            pending[0] = pending[1] = 0;
            done[0] = done[1] = true;
            var stream = new SplitMix64(SeedMixer.Derive(7, (ulong)i));
            ReworkRule.Complete(model, task: 0, amount: 0.7, pending, done, ref stream);
            if (pending[1] > 0)
            {
                hits++;
                size = pending[1];
            }
        }
        return ((double)hits / trials, size);
    }

    private static void AssertProbability(double expected, double measured)
    {
        var halfWidth = 4 * Math.Sqrt(expected * (1 - expected) / 400_000); // 4 standard errors
        Assert.InRange(measured, expected - halfWidth, expected + halfWidth);
    }
}
