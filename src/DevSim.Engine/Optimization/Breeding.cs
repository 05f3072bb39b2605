using DevSim.Engine.Randomness;

namespace DevSim.Engine.Optimization;

/// <summary>
/// One population's next generation: the elite share copied from the best, the crossover share
/// bred from two tournament-selected parents, the mutation share mutated copies of a
/// tournament-selected individual, in that order.
/// </summary>
internal static class Breeding
{
    /// <summary>The next generation of <paramref name="population"/>, whose fitness values are <paramref name="scores"/>.</summary>
    /// <param name="population">The current generation (not changed).</param>
    /// <param name="scores">Fitness of each individual, aligned with <paramref name="population"/>.</param>
    /// <param name="elites">Individuals copied unchanged, best first.</param>
    /// <param name="mutants">Individuals made by mutation (the last of the generation).</param>
    /// <param name="options">The objective, tournament size, crossover and mutation.</param>
    /// <param name="random">This population's breeding stream for this generation.</param>
    public static int[][] NextGeneration(int[][] population, double[] scores, int elites, int mutants, GeneticAlgorithmOptions options, ref SplitMix64 random)
    {
        var size = population.Length;
        var objective = options.Objective;
        var order = Enumerable.Range(0, size).OrderBy(i => SequenceFitness.Key(scores[i], objective)).ThenBy(i => i).ToArray();
        var next = new int[size][];
        var k = 0;
        for (; k < elites && k < size; k++)
            next[k] = (int[])population[order[k]].Clone();
        for (; k < size - mutants; k++)
        {
            var child = new int[population[0].Length];
            options.Crossover.Cross(population[Parent(scores, options, ref random)], population[Parent(scores, options, ref random)], child, ref random);
            next[k] = child;
        }
        for (; k < size; k++)
        {
            var mutant = (int[])population[Parent(scores, options, ref random)].Clone();
            options.Mutation.Mutate(mutant, ref random);
            next[k] = mutant;
        }
        return next;
    }

    private static int Parent(double[] scores, GeneticAlgorithmOptions options, ref SplitMix64 random) =>
        TournamentSelection.Pick(scores, options.TournamentSize, options.Objective, ref random);
}
