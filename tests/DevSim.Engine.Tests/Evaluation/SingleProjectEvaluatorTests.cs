using DevSim.Engine.Evaluation;
using DevSim.Engine.Randomness;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Tests.Evaluation;

/// <summary>Single-project Monte Carlo against hand-computed answers, and its reproducibility.</summary>
public class SingleProjectEvaluatorTests
{
    private static readonly double[] MouseDurations = [2, 10, 8, 8, 3, 9, 7, 2, 7];

    [Fact]
    public void Evaluate_PaperTwoTaskExample_MatchesTheRecursiveExpectation()
    {
        // A (1) then B (2), fixed unit durations. After B's first execution A is reworked with
        // probability 0.5 by 0.7; after a rework of amount a of A, B is reworked with probability
        // 0.8a by 0.6a; after a rework of amount b of B, A with probability 0.5b by 0.7b; and so on.
        static double AfterB(double b) => b < 1e-12 ? 0 : 0.5 * b * (0.7 * b + AfterA(0.7 * b));
        static double AfterA(double a) => a < 1e-12 ? 0 : 0.8 * a * (0.6 * a + AfterB(0.6 * a));
        var expected = 2 + AfterB(1);

        var scenario = TestScenarios.Build([1, 1],
            TestScenarios.Cells(2, (1, 2, 0.5), (2, 1, 0.8)),
            TestScenarios.Cells(2, (1, 2, 0.7), (2, 1, 0.6)), distribution: "fixed");
        var result = new SingleProjectEvaluator(scenario).Evaluate([1, 2], new EvaluationOptions { Replications = 400_000 });

        Assert.InRange(expected, 2.48, 2.49); // the hand calculation itself: 2 + 0.5(0.7 + 0.56(0.42 + ...))
        Assert.True(result.Duration.Ci95.Contains(expected), $"{expected} outside {result.Duration.Ci95}");
        // A is reworked at least once with probability 0.5: its expected executions exceed 1.5.
        Assert.InRange(result.Tasks[0].Executions, 1.5, 1.6);
    }

    [Fact]
    public void Evaluate_OneReworkChance_ReworkCiIsTheBernoulliInterval()
    {
        // A (1) then B (2), fixed unit durations; B's execution reworks A with probability 0.3 by 0.7, and nothing reworks B.
        // So A's rework time in a project is 0.7 with probability 0.3, else 0: from the share p of projects that reworked
        // it (its mean over 0.7), the sample sd is 0.7 sqrt(n p (1 - p) / (n - 1)) and the 95% CI is the mean ± t(n - 1) times
        // that over sqrt(n). B is never reworked: its CI is [0, 0].
        const int n = 10_000;
        var scenario = TestScenarios.Build([1, 1], TestScenarios.Cells(2, (1, 2, 0.3)), TestScenarios.Cells(2, (1, 2, 0.7)), distribution: "fixed");
        var result = new SingleProjectEvaluator(scenario).Evaluate([1, 2], new EvaluationOptions { Replications = n, Seed = 3 });

        var a = result.Tasks[0];
        var p = a.ReworkTime / 0.7;
        Assert.Equal(1 + p, a.Executions, 12); // the same projects: A runs twice in each that reworked it
        var half = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, n - 1, 0.975) * 0.7 * Math.Sqrt(p * (1 - p) / (n - 1));
        Assert.Equal(a.ReworkTime - half, a.ReworkTimeCi95.Lower, 12);
        Assert.Equal(a.ReworkTime + half, a.ReworkTimeCi95.Upper, 12);
        Assert.True(a.ReworkTimeCi95.Contains(0.21), $"0.21 outside {a.ReworkTimeCi95}");
        Assert.Equal(new Engine.Statistics.Interval(0, 0), result.Tasks[1].ReworkTimeCi95);
    }

    [Fact]
    public void Evaluate_NoRework_MeanIsTheSumOfDurationsWhateverTheSpread()
    {
        foreach (var spread in new[] { 0.0, 0.2, 0.6 })
        {
            var scenario = TestScenarios.Build(MouseDurations, spread: spread);
            var result = new SingleProjectEvaluator(scenario).Evaluate(scenario.DefaultSequence, new EvaluationOptions { Replications = 50_000 });
            if (spread == 0)
            {
                Assert.Equal(56, result.Duration.Mean, 9);
                Assert.Equal(0, result.Duration.StandardDeviation, 9);
            }
            else
            {
                Assert.True(result.Duration.Ci95.Contains(56), $"spread {spread}: 56 outside {result.Duration.Ci95}");
            }
            Assert.All(result.Tasks, t => Assert.Equal(1, t.Executions));
            Assert.All(result.Tasks, t => Assert.Equal(0, t.ReworkTime));
        }
    }

    [Fact]
    public void Evaluate_NoRework_SdMatchesTheTriangularVariance()
    {
        // Var of Triangular(a, c, b) = (a² + b² + c² - ab - ac - bc) / 18; symmetric: (s d)² / 6.
        var scenario = TestScenarios.Build(MouseDurations);
        var result = new SingleProjectEvaluator(scenario).Evaluate(scenario.DefaultSequence, new EvaluationOptions { Replications = 200_000 });
        var expectedSd = Math.Sqrt(MouseDurations.Sum(d => Math.Pow(0.2 * d, 2) / 6));
        Assert.Equal(expectedSd, result.Duration.StandardDeviation, 0.02);
    }

    [Theory]
    [InlineData(new[] { 1, 2 }, 3 + 5 + 3)] // 1 before 2: 2 forces 1 to be done again in full
    [InlineData(new[] { 2, 1 }, 3 + 5)]     // the right order: no rework
    public void Evaluate_HardPrecedence_WrongOrderCostsTheFullTaskAgain(int[] sequence, double expected)
    {
        var scenario = TestScenarios.Build([3, 5], TestScenarios.Cells(2, (1, 2, 1.0)), TestScenarios.Cells(2, (1, 2, 1.0)), distribution: "fixed");
        var result = new SingleProjectEvaluator(scenario).Evaluate(sequence, new EvaluationOptions { Replications = 1000 });
        Assert.Equal(expected, result.Duration.Mean, 12);
        Assert.Equal(0, result.Duration.StandardDeviation, 12);
    }

    [Fact]
    public void Evaluate_SameSeed_IdenticalWhateverTheThreadCount()
    {
        var mouse = TestScenarios.Mouse;
        var evaluator = new SingleProjectEvaluator(mouse);
        EvaluationResult Run(int threads) => evaluator.Evaluate(mouse.DefaultSequence,
            new EvaluationOptions { Replications = 30_000, Seed = 42, MaxDegreeOfParallelism = threads });
        var one = Run(1);
        foreach (var threads in new[] { 2, 3, 8 })
        {
            var other = Run(threads);
            Assert.Equal(one.Duration, other.Duration); // bit for bit, CI included
            Assert.Equal(one.Tasks, other.Tasks);
        }
    }

    [Fact]
    public void EvaluateWithDurations_Mouse_TheEvaluationAndTheSampleBitForBit()
    {
        // One run of the replications serves both: 10,000 replications span three chunks, run on every core.
        var mouse = TestScenarios.Mouse;
        var evaluator = new SingleProjectEvaluator(mouse);
        var options = new EvaluationOptions { Replications = 10_000, Seed = 4 };
        var (evaluation, durations) = evaluator.EvaluateWithDurations(mouse.DefaultSequence, options);
        var alone = evaluator.Evaluate(mouse.DefaultSequence, options);
        Assert.Equal(alone.Duration, evaluation.Duration);
        Assert.Equal(alone.Tasks, evaluation.Tasks);
        Assert.Equal(evaluator.Sample(mouse.DefaultSequence, 10_000, seed: 4), durations);
    }

    [Fact]
    public void Evaluate_Mouse_PinnedGoldenValue()
    {
        // Pins the random streams and the model: a change here changes every published number.
        var mouse = TestScenarios.Mouse;
        var result = new SingleProjectEvaluator(mouse).Evaluate(mouse.DefaultSequence, new EvaluationOptions { Replications = 10_000, Seed = 1 });
        Assert.Equal(GoldenMouseMean, result.Duration.Mean, 9);
    }

    private const double GoldenMouseMean = 62.506666363533938;

    [Fact]
    public void Evaluate_DifferentSeeds_DifferentNumbers()
    {
        var mouse = TestScenarios.Mouse;
        var evaluator = new SingleProjectEvaluator(mouse);
        var a = evaluator.Evaluate(mouse.DefaultSequence, new EvaluationOptions { Replications = 5000, Seed = 1 });
        var b = evaluator.Evaluate(mouse.DefaultSequence, new EvaluationOptions { Replications = 5000, Seed = 2 });
        Assert.NotEqual(a.Duration.Mean, b.Duration.Mean);
    }

    [Fact]
    public void Evaluate_NoRework_SameSeedGivesTheSameFirstPassDurationsForAnySequence()
    {
        // Without rework a project's duration is the sum of its first-pass durations: with common
        // random numbers it is the same for every sequence, replication by replication.
        var scenario = TestScenarios.Build(MouseDurations);
        var evaluator = new SingleProjectEvaluator(scenario);
        var options = new EvaluationOptions { Replications = 20_000, Seed = 5 };
        var forward = evaluator.Evaluate([1, 2, 3, 4, 5, 6, 7, 8, 9], options);
        var backward = evaluator.Evaluate([9, 8, 7, 6, 5, 4, 3, 2, 1], options);
        var otherSeed = evaluator.Evaluate([9, 8, 7, 6, 5, 4, 3, 2, 1], options with { Seed = 6 });
        Assert.Equal(forward.Duration.Mean, backward.Duration.Mean, 9);
        Assert.Equal(forward.Duration.StandardDeviation, backward.Duration.StandardDeviation, 9);
        Assert.NotEqual(forward.Duration.Mean, otherSeed.Duration.Mean, 6);
    }

    [Fact]
    public void Run_Mouse_CommonRandomNumbersShrinkTheNoiseOfADifference()
    {
        // Two neighbouring sequences (two tasks swapped): the variance of the per-replication
        // difference is far smaller on shared streams than on independent ones.
        var model = new DevSim.Engine.Rules.ProcessModel(TestScenarios.Mouse);
        var run = new SingleProjectRun(model);
        int[] a = [4, 8, 2, 1, 6, 5, 3, 7, 0];
        int[] b = [4, 8, 2, 1, 5, 6, 3, 7, 0];
        var shared = new MathNet.Numerics.Statistics.RunningStatistics();
        var independent = new MathNet.Numerics.Statistics.RunningStatistics();
        for (ulong r = 0; r < 20_000; r++)
        {
            var seed = SeedMixer.Derive(3, r);
            var da = run.Run(a, seed);
            shared.Push(da - run.Run(b, seed));
            independent.Push(da - run.Run(b, SeedMixer.Derive(4, r)));
        }
        Assert.True(shared.Variance < 0.5 * independent.Variance, $"shared {shared.Variance:F2}, independent {independent.Variance:F2}");
    }

    [Fact]
    public void Evaluate_BadSequence_ThrowsScenarioExceptionNamingTheProblem()
    {
        var evaluator = new SingleProjectEvaluator(TestScenarios.Mouse);
        var e = Assert.Throws<ScenarioException>(() => evaluator.Evaluate([1, 2, 3, 4, 5, 6, 7, 8, 8]));
        Assert.Contains("task 8 appears more than once", e.Message, StringComparison.Ordinal);
        Assert.Contains("task 9 missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ReworkCycleAtFullSize_ReportsDivergenceInsteadOfHanging()
    {
        var scenario = TestScenarios.Build([1, 1],
            TestScenarios.Cells(2, (1, 2, 1.0), (2, 1, 1.0)), TestScenarios.Cells(2, (1, 2, 1.0), (2, 1, 1.0)));
        Assert.Throws<ReworkDivergenceException>(() =>
            new SingleProjectEvaluator(scenario).Evaluate([1, 2], new EvaluationOptions { Replications = 2 }));
    }
}
