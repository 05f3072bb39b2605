using DevSim.Engine.Optimization;
using DevSim.Engine.Randomness;

namespace DevSim.Engine.Tests.Optimization;

/// <summary>The GA's parts on their own: stopping rules on hand-made histories, migration and breeding on tiny populations.</summary>
public class GeneticAlgorithmPartsTests
{
    [Theory]
    [InlineData(new[] { 10.0, 9.0, 8.5, 8.25 }, false)] // changed by 1.75 over the last 3 generations
    [InlineData(new[] { 10.0, 9.875, 9.875, 9.875 }, true)] // changed by 0.125 < 0.25
    [InlineData(new[] { 10.0, 9.75, 9.75, 9.75 }, false)] // changed by exactly 0.25: not less
    [InlineData(new[] { 5.0, 5.0, 5.0 }, false)] // generation 2: the window of 3 is not there yet
    [InlineData(new[] { 1.0, 1.0, 9.0, 9.0, 1.0 }, true)] // compares with 3 generations back only, not the path between
    public void FitnessStagnation_HandMadeHistory_StopsOnlyWhenTheWindowShowsTooLittleChange(double[] history, bool stops)
    {
        var reason = new FitnessStagnation(3, 0.25).Reason(history);
        Assert.Equal(stops, reason is not null);
        if (stops)
            Assert.Equal("the best improved by less than 0.25 over 3 generations", reason);
    }

    [Fact]
    public void GenerationLimit_HandMadeHistory_StopsAtTheLimitNotBefore()
    {
        var rule = new GenerationLimit(3);
        Assert.Null(rule.Reason([9, 8, 7]));
        Assert.Equal("reached the limit of 3 generations", rule.Reason([9, 8, 7, 6]));
        Assert.NotNull(new GenerationLimit(0).Reason([9]));
    }

    [Fact]
    public void CancellationStop_CancelledToken_Stops()
    {
        using var source = new CancellationTokenSource();
        var rule = new CancellationStop(source.Token);
        Assert.Null(rule.Reason([1]));
        source.Cancel();
        Assert.Equal("stopped by the time limit", rule.Reason([1]));
    }

    [Fact]
    public void FirstStoppingRule_SeveralRulesFire_TheFirstRulesReasonWins()
    {
        double[] flat = [4, 4, 4, 4];
        Assert.Equal("reached the limit of 3 generations",
            new FirstStoppingRule(new GenerationLimit(3), new FitnessStagnation(3, 0.25)).Reason(flat));
        Assert.Equal("the best improved by less than 0.25 over 3 generations",
            new FirstStoppingRule(new FitnessStagnation(3, 0.25), new GenerationLimit(3)).Reason(flat));
        Assert.Null(new FirstStoppingRule(new GenerationLimit(5), new FitnessStagnation(3, 0.25)).Reason([4, 3, 2, 1]));
    }

    [Fact]
    public void StoppingRule_GeneticAlgorithmOptions_LimitThenStagnationThenTimeLimit()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var options = new GeneticAlgorithmOptions { MaxGenerations = 3, StopWindow = 2, StopImprovement = 0.5 };
        var rule = GeneticAlgorithm.StoppingRule(options, source.Token);
        Assert.Equal("reached the limit of 3 generations", rule.Reason([4, 4, 4, 4]));
        Assert.Equal("the best improved by less than 0.5 over 2 generations", rule.Reason([4, 4, 4]));
        Assert.Equal("stopped by the time limit", rule.Reason([4, 3, 2]));
    }

    [Fact]
    public void Migrate_ThreePopulationsOfTwo_EachBestReplacesTheNextPopulationsWorstAroundTheRing()
    {
        int[] a = [0, 1, 2], b = [1, 0, 2], c = [2, 1, 0], d = [0, 2, 1], e = [1, 2, 0], f = [2, 0, 1];
        int[][][] populations = [[a, b], [c, d], [e, f]];
        double[][] scores = [[5, 1], [3, 4], [2, 9]];

        RingMigration.Migrate(populations, scores, Objective.Minimize);

        // Bests chosen before anyone moves: b (1) from 0, c (3) from 1, e (2) from 2.
        Assert.Equal([[e, b], [c, b], [e, c]], populations);
        Assert.Equal([[2.0, 1], [3.0, 1], [2.0, 3]], scores);
        Assert.NotSame(b, populations[1][1]); // a copy: breeding one island never changes another
    }

    [Fact]
    public void Migrate_TwoPopulationsMaximising_BestsSwapIntoEachOthersWorstPlace()
    {
        int[] a = [0, 1], b = [1, 0];
        int[][][] populations = [[a, a, b], [b, a, a]];
        double[][] scores = [[1, 1, 7], [6, 2, 2]]; // ties: the lowest index is the worst

        RingMigration.Migrate(populations, scores, Objective.Maximize);

        Assert.Equal([[b, a, b], [b, b, a]], populations);
        Assert.Equal([[6.0, 1, 7], [6.0, 7, 2]], scores);
    }

    [Fact]
    public void TournamentSelection_LargeTournament_PicksTheBestUnderEitherObjective()
    {
        // 60 draws among 3: the chance the best is never drawn is (2/3)^60, about 3e-11 (and the stream is seeded).
        var random = new SplitMix64(11);
        Assert.Equal(1, TournamentSelection.Pick([3, 1, 2], 60, Objective.Minimize, ref random));
        Assert.Equal(0, TournamentSelection.Pick([3, 1, 2], 60, Objective.Maximize, ref random));
    }

    [Fact]
    public void NextGeneration_TenIndividuals_ElitesFirstBestFirstAndEveryChildAPermutation()
    {
        var random = new SplitMix64(5);
        var population = Enumerable.Range(0, 10).Select(_ =>
        {
            var p = Enumerable.Range(0, 6).ToArray();
            Permutations.Shuffle(p, ref random);
            return p;
        }).ToArray();
        double[] scores = [9, 4, 8, 2, 7, 6, 5, 3, 10, 1];

        var next = Breeding.NextGeneration(population, scores, 2, 1, new GeneticAlgorithmOptions(), ref random);

        Assert.Equal(10, next.Length);
        Assert.Equal(population[9], next[0]);
        Assert.Equal(population[3], next[1]);
        Assert.NotSame(population[9], next[0]);
        Assert.All(next, child => Assert.Equal(Enumerable.Range(0, 6), child.Order()));
    }
}
