using DevSim.Engine.Evaluation;
using DevSim.Engine.Optimization;
using DevSim.Engine.Randomness;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Tests.Optimization;

/// <summary>The GA and the exhaustive search: known optima, agreement, reproducibility, honest reported values.</summary>
public class SearchTests
{
    /// <summary>Hard precedences 3 before 1 before 4 before 2: any other order reworks a task in full.</summary>
    private static Scenario Chain()
    {
        var cells = new[] { (1, 3, 1.0), (4, 1, 1.0), (2, 4, 1.0) }; // row reworked if done before column
        return TestScenarios.Build([2, 3, 4, 5], TestScenarios.Cells(4, cells), TestScenarios.Cells(4, cells), distribution: "fixed");
    }

    /// <summary>A 7-task process with a fixed random DSM (30% density).</summary>
    private static Scenario SevenTasks()
    {
        var random = new SplitMix64(2024);
        double[][] rp = TestScenarios.Zero(7), ri = TestScenarios.Zero(7);
        for (var i = 0; i < 7; i++)
        {
            for (var j = 0; j < 7; j++)
            {
                if (i == j || random.NextDouble() > 0.3)
                    continue;
                rp[i][j] = Math.Round(0.1 + 0.8 * random.NextDouble(), 2);
                ri[i][j] = Math.Round(0.1 + 0.7 * random.NextDouble(), 2);
            }
        }
        return TestScenarios.Build([4, 9, 3, 7, 5, 8, 6], rp, ri);
    }

    private static readonly GeneticAlgorithmOptions QuickGa = new() { Replications = 500, FinalReplications = 20_000, Top = 3 };
    private static readonly ExhaustiveSearchOptions QuickExhaustive = new() { FirstPassReplications = 100, Survivors = 200, MaxRoundReplications = 20_000, FinalReplications = 20_000, Top = 3 };

    [Fact]
    public void Exhaustive_HardPrecedenceChain_FindsTheOnlyOrderWithoutRework()
    {
        var result = new ExhaustiveSearch(Chain()).Run(QuickExhaustive);
        Assert.Equal([3, 1, 4, 2], result.Best.Sequence);
        Assert.Equal(14, result.Best.Mean, 9);
        Assert.Equal(1, result.Best.Equivalents);
        Assert.True(result.Separated);
    }

    [Fact]
    public void Ga_HardPrecedenceChain_FindsTheOnlyOrderWithoutRework()
    {
        var result = new GeneticAlgorithm(Chain()).Run(QuickGa with { Populations = 2, PopulationSize = 10 });
        Assert.Equal([3, 1, 4, 2], result.Best.Sequence);
        Assert.Equal(14, result.Best.Mean, 9);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Ga_SevenTasksWithDefaults_ReachesTheExhaustiveOptimum(ulong seed)
    {
        var scenario = SevenTasks();
        var exhaustive = new ExhaustiveSearch(scenario).Run(QuickExhaustive with { Seed = seed });
        var ga = new GeneticAlgorithm(scenario).Run(new GeneticAlgorithmOptions { Seed = seed, FinalReplications = 20_000, Top = 1 });
        var optimum = exhaustive.Best;
        Assert.True(Math.Abs(ga.Best.Mean - optimum.Mean) <= optimum.Ci95.HalfWidth,
            $"GA {ga.Best.Mean:F3} [{string.Join(",", ga.Best.Sequence)}], optimum {optimum.Mean:F3} ± {optimum.Ci95.HalfWidth:F3} [{string.Join(",", optimum.Sequence)}]");
    }

    [Fact]
    public void Maximize_SevenTasks_GaReachesTheExhaustiveWorst()
    {
        var scenario = SevenTasks();
        var exhaustive = new ExhaustiveSearch(scenario).Run(QuickExhaustive with { Objective = Objective.Maximize });
        var ga = new GeneticAlgorithm(scenario).Run(QuickGa with { Objective = Objective.Maximize });
        var minimum = new ExhaustiveSearch(scenario).Run(QuickExhaustive);
        Assert.True(exhaustive.Best.Mean > minimum.Best.Mean + 5, "the worst sequence must be clearly worse than the best");
        Assert.True(Math.Abs(ga.Best.Mean - exhaustive.Best.Mean) <= exhaustive.Best.Ci95.HalfWidth,
            $"GA {ga.Best.Mean:F3}, worst {exhaustive.Best.Mean:F3} ± {exhaustive.Best.Ci95.HalfWidth:F3}");
    }

    [Fact]
    public void Ga_SameSeed_SameResultWhateverTheThreadCount()
    {
        var scenario = SevenTasks();
        var one = new GeneticAlgorithm(scenario).Run(QuickGa with { MaxDegreeOfParallelism = 1 });
        var two = new GeneticAlgorithm(scenario).Run(QuickGa with { MaxDegreeOfParallelism = 2 });
        Assert.Equal(one.Top.Select(t => (string.Join(",", t.Sequence), t.Mean, t.SelectionMean)), two.Top.Select(t => (string.Join(",", t.Sequence), t.Mean, t.SelectionMean)));
        Assert.Equal(one.Generations, two.Generations);
        Assert.Equal(one.Evaluations, two.Evaluations);
    }

    [Fact]
    public void Exhaustive_SameSeed_SameResultWhateverTheThreadCount()
    {
        var scenario = SevenTasks();
        var one = new ExhaustiveSearch(scenario).Run(QuickExhaustive with { MaxDegreeOfParallelism = 1 });
        var two = new ExhaustiveSearch(scenario).Run(QuickExhaustive with { MaxDegreeOfParallelism = 2 });
        Assert.Equal(one.Top.Select(t => (string.Join(",", t.Sequence), t.Mean)), two.Top.Select(t => (string.Join(",", t.Sequence), t.Mean)));
        Assert.Equal(one.RunnerUpDifference, two.RunnerUpDifference);
    }

    [Fact]
    public void ReportedValue_ComesFromFreshReplicationsNotFromSelection()
    {
        const ulong seed = 5;
        var scenario = SevenTasks();
        var result = new GeneticAlgorithm(scenario).Run(QuickGa with { Seed = seed });
        var best = result.Best;
        var evaluator = new SingleProjectEvaluator(scenario);

        // The selection estimate is the mean over replications 0..K-1 of the selection stream ...
        var selection = evaluator.Evaluate(best.Sequence, new EvaluationOptions { Seed = SeedMixer.Derive(seed, 1), Replications = best.SelectionReplications });
        Assert.Equal(best.SelectionMean, selection.Duration.Mean, 9);
        // ... while the reported value is exactly a fresh evaluation on another, independent stream.
        var fresh = evaluator.Evaluate(best.Sequence, new EvaluationOptions { Seed = SeedMixer.Derive(seed, 2), Replications = best.Replications });
        Assert.Equal(fresh.Duration.Mean, best.Mean, 9);
        Assert.Equal(20_000, best.Replications);
        Assert.NotEqual(best.SelectionMean, best.Mean, 6);
    }

    [Fact]
    public void Exhaustive_TooManyTasks_IsRefusedWithAClearMessage()
    {
        var e = Assert.Throws<ArgumentException>(() => new ExhaustiveSearch(TestScenarios.Build(Enumerable.Repeat(1.0, 11).ToArray())));
        Assert.Contains("up to 10 tasks", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ga_RatiosNotAddingUpToOne_AreRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => new GeneticAlgorithm(Chain()).Run(QuickGa with { MutationRatio = 0.2 }));
        Assert.Contains("add up to 1", e.Message, StringComparison.Ordinal);
    }
}
