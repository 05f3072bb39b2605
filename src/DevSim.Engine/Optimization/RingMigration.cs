namespace DevSim.Engine.Optimization;

/// <summary>
/// Ring migration between populations (the paper's island model): each population's best replaces
/// the worst of the next population, the last's replacing the first's. Emigrants are chosen before
/// anyone moves, so the order in which populations are visited does not matter.
/// </summary>
internal static class RingMigration
{
    /// <summary>Migrates in place; each population's scores stay aligned with its individuals.</summary>
    public static void Migrate(int[][][] populations, double[][] scores, Objective objective)
    {
        var worse = objective == Objective.Minimize ? Objective.Maximize : Objective.Minimize;
        var emigrants = new int[populations.Length];
        for (var p = 0; p < populations.Length; p++)
            emigrants[p] = IndexOfBest(scores[p], objective);
        var emigrantScores = emigrants.Select((i, p) => scores[p][i]).ToArray();
        var emigrantGenes = emigrants.Select((i, p) => populations[p][i]).ToArray();
        for (var p = 0; p < populations.Length; p++)
        {
            var target = (p + 1) % populations.Length;
            var replaced = IndexOfBest(scores[target], worse);
            populations[target][replaced] = (int[])emigrantGenes[p].Clone();
            scores[target][replaced] = emigrantScores[p];
        }
    }

    /// <summary>The index of the best score under <paramref name="objective"/>; ties go to the lowest index.</summary>
    public static int IndexOfBest(double[] scores, Objective objective)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (SequenceFitness.Better(scores[i], scores[best], objective))
                best = i;
        }
        return best;
    }
}
