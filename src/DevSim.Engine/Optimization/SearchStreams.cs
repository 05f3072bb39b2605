namespace DevSim.Engine.Optimization;

/// <summary>
/// The keys of a search's random streams below its master seed (<c>SeedMixer.Derive(seed, key, ...)</c>).
/// Each use of randomness has a stream of its own, so a change in how much one part draws (a larger
/// population, another crossover) never shifts the numbers another part sees. All of DevSim's keys:
/// docs/model.md#stream-keys.
/// </summary>
internal static class SearchStreams
{
    /// <summary>
    /// The replications on which selection compares candidates: every candidate runs on the same
    /// ones (common random numbers), so differences between sequences are not luck.
    /// </summary>
    public const ulong Selection = 1;

    /// <summary>
    /// Fresh replications for the values reported: independent of <see cref="Selection"/>, since the
    /// winner on those replications is biased to look better than it is (the winner's curse).
    /// </summary>
    public const ulong Report = 2;

    /// <summary>Generation 0's random permutations, one stream per population.</summary>
    public const ulong InitialPopulations = 3;

    /// <summary>
    /// Tournaments, crossover cuts and mutations, one stream per (generation, population): a
    /// population's next generation does not depend on the order in which populations are bred.
    /// </summary>
    public const ulong Breeding = 4;
}
