using DevSim.Engine.Randomness;

namespace DevSim.Engine.Optimization;

/// <summary>Tournament selection: the best of a few individuals drawn at random, with replacement.</summary>
internal static class TournamentSelection
{
    /// <summary>The index of the winner of a tournament of <paramref name="size"/> among <paramref name="scores"/>; ties go to the first drawn.</summary>
    public static int Pick(double[] scores, int size, Objective objective, ref SplitMix64 random)
    {
        var winner = (int)(random.NextUInt64() % (ulong)scores.Length);
        for (var t = 1; t < size; t++)
        {
            var challenger = (int)(random.NextUInt64() % (ulong)scores.Length);
            if (SequenceFitness.Better(scores[challenger], scores[winner], objective))
                winner = challenger;
        }
        return winner;
    }
}
