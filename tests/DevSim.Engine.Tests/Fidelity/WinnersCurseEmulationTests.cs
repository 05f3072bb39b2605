using DevSim.Engine.Fidelity;
using DevSim.Engine.Optimization;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Tests.Fidelity;

/// <summary>The emulation of the paper's search procedure (docs/model.md#the-winners-curse-measured).</summary>
public class WinnersCurseEmulationTests
{
    // Three tasks that rework each other: the order matters, and every order has a long tail.
    private static readonly Scenario ThreeTasks = TestScenarios.Build([4, 2, 3],
        TestScenarios.Cells(3, (1, 2, 0.6), (1, 3, 0.3), (2, 3, 0.5), (3, 1, 0.4), (2, 1, 0.2)),
        TestScenarios.Cells(3, (1, 2, 0.5), (1, 3, 0.4), (2, 3, 0.6), (3, 1, 0.5), (2, 1, 0.3)));

    private static WinnersCurseOptions Small(NoiseMode noise, int k, int threads, Objective objective = Objective.Minimize) => new()
    {
        Search = new GeneticAlgorithmOptions
        {
            Populations = 2,
            PopulationSize = 6,
            MaxGenerations = 3,
            Objective = objective,
            Seed = 11,
            MaxDegreeOfParallelism = threads,
        },
        Replications = k,
        Noise = noise,
        FreshReplications = 20_000,
    };

    [Theory]
    [InlineData(NoiseMode.CommonRandomNumbers, Objective.Minimize)]
    [InlineData(NoiseMode.FreshEachEvaluation, Objective.Maximize)]
    public void Run_VeryLargeK_PrintsTheFreshValueWithinItsCi(NoiseMode noise, Objective objective)
    {
        // With 400,000 replications behind each value, selection has nothing left to be lucky with.
        var outcome = new WinnersCurseEmulation(ThreeTasks).Run(Small(noise, 400_000, -1, objective));
        Assert.InRange(outcome.PrintedMean, outcome.Fresh.Ci95.Lower, outcome.Fresh.Ci95.Upper);
        Assert.InRange(outcome.PrintedStandardDeviation, 0.95 * outcome.Fresh.StandardDeviation, 1.05 * outcome.Fresh.StandardDeviation);
    }

    [Theory]
    [InlineData(NoiseMode.CommonRandomNumbers)]
    [InlineData(NoiseMode.FreshEachEvaluation)]
    public void Run_OneOrTwoThreads_GiveTheSameOutcome(NoiseMode noise)
    {
        var one = new WinnersCurseEmulation(ThreeTasks).Run(Small(noise, 50, 1));
        var two = new WinnersCurseEmulation(ThreeTasks).Run(Small(noise, 50, 2));
        Assert.Equal(one.Sequence, two.Sequence);
        Assert.Equal(one.PrintedMean, two.PrintedMean);
        Assert.Equal(one.PrintedStandardDeviation, two.PrintedStandardDeviation);
        Assert.Equal(one.Fresh.Mean, two.Fresh.Mean);
    }

    [Fact]
    public void Run_OneReplicationFreshNoiseOnTheMouse_PrintsAMinimumBelowItsFreshValue()
    {
        // The curse itself: the best of thousands of one-replication values is far below its true mean.
        var options = new WinnersCurseOptions
        {
            Search = new GeneticAlgorithmOptions { Populations = 2, PopulationSize = 50, MaxGenerations = 5, Seed = 3 },
            Replications = 1,
            Noise = NoiseMode.FreshEachEvaluation,
            FreshReplications = 5_000,
        };
        var outcome = new WinnersCurseEmulation(TestScenarios.Mouse).Run(options);
        Assert.True(outcome.PrintedMean < outcome.Fresh.Ci95.Lower, $"printed {outcome.PrintedMean}, fresh {outcome.Fresh.Mean}");
        Assert.True(double.IsNaN(outcome.PrintedStandardDeviation));
    }
}
