namespace DevSim.Engine.Optimization;

/// <summary>
/// Settings of the genetic algorithm. Defaults are the paper's Table 2 (Kang &amp; Hong 2007) where it
/// gives a value, and DevSim's stated choices where it does not.
/// </summary>
public sealed record GeneticAlgorithmOptions
{
    /// <summary>Minimise (optimal sequence) or maximise (worst).</summary>
    public Objective Objective { get; init; } = Objective.Minimize;

    /// <summary>Populations evolving side by side (paper: 10).</summary>
    public int Populations { get; init; } = 10;

    /// <summary>Individuals per population (paper: 100).</summary>
    public int PopulationSize { get; init; } = 100;

    /// <summary>Share of each new generation copied unchanged from the best of the last (elitism; paper: 10%).</summary>
    public double ReproductionRatio { get; init; } = 0.10;

    /// <summary>Share of each new generation made by crossover of two tournament-selected parents (paper: 89%).</summary>
    public double CrossoverRatio { get; init; } = 0.89;

    /// <summary>Share of each new generation made by mutating a tournament-selected individual (paper: 1%).</summary>
    public double MutationRatio { get; init; } = 0.01;

    /// <summary>The crossover (paper: PMX).</summary>
    public IPermutationCrossover Crossover { get; init; } = new PartiallyMappedCrossover();

    /// <summary>The mutation (DevSim's default: swap).</summary>
    public IPermutationMutation Mutation { get; init; } = new SwapMutation();

    /// <summary>Tournament size for selecting parents (DevSim's default: 3).</summary>
    public int TournamentSize { get; init; } = 3;

    /// <summary>Every this many generations each population's best replaces the next population's worst (ring migration).</summary>
    public int MigrationInterval { get; init; } = 5;

    /// <summary>Stop when the best improved by less than this over <see cref="StopWindow"/> generations (paper: 0.2).</summary>
    public double StopImprovement { get; init; } = 0.2;

    /// <summary>The window of the stopping rule, in generations.</summary>
    public int StopWindow { get; init; } = 10;

    /// <summary>Stop after this many generations whatever happens.</summary>
    public int MaxGenerations { get; init; } = 200;

    /// <summary>Replications behind each fitness value (all candidates share them: common random numbers).</summary>
    public int Replications { get; init; } = 2_000;

    /// <summary>
    /// When evolution stops, the leading classes (at least 10) are raced on this many shared
    /// replications of the selection stream, and the winner is the best of that race: 2,000
    /// replications cannot separate leaders a few hundredths apart.
    /// </summary>
    public int RaceReplications { get; init; } = 50_000;

    /// <summary>Fresh replications behind each reported value.</summary>
    public int FinalReplications { get; init; } = 100_000;

    /// <summary>How many leaders to report.</summary>
    public int Top { get; init; } = 10;

    /// <summary>Master seed.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Threads; -1 for every core. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
