using System.Globalization;
using DevSim.Engine.Input;

namespace DevSim.Engine.Optimization;

/// <summary>
/// Settings of the genetic algorithm. Defaults are the paper's Table 2 (Kang &amp; Hong 2007) where it
/// gives a value, and DevSim's stated choices where it does not. The record owns its defaults and
/// rules (<see cref="Validate"/>).
/// </summary>
public sealed record GeneticAlgorithmOptions
{
    /// <summary>The key of the problem that the three ratios do not add up to 1.</summary>
    public const string RatiosKey = nameof(ReproductionRatio) + ", " + nameof(CrossoverRatio) + ", " + nameof(MutationRatio);

    /// <summary>The fewest individuals per population: crossover needs two.</summary>
    public const int MinPopulationSize = 2;

    /// <summary>The fewest fresh replications behind a reported value: a CI needs two.</summary>
    public const int MinFinalReplications = 2;

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

    /// <summary>Every this many generations each population's best replaces the next population's worst (ring migration); 0 for never.</summary>
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

    /// <summary>Whether every setting is within its range (<see cref="Validate"/> says what is not).</summary>
    public bool IsValid => Validate().Count == 0;

    /// <summary>Every problem of these settings, each keyed by its property's name (<see cref="RatiosKey"/> for their sum); empty when valid.</summary>
    public IReadOnlyList<InputProblem> Validate()
    {
        var problems = new List<InputProblem>();
        OptionChecks.AtLeast(problems, nameof(Populations), Populations, 1);
        OptionChecks.AtLeast(problems, nameof(PopulationSize), PopulationSize, MinPopulationSize);
        OptionChecks.Ratio(problems, nameof(ReproductionRatio), ReproductionRatio);
        OptionChecks.Ratio(problems, nameof(CrossoverRatio), CrossoverRatio);
        OptionChecks.Ratio(problems, nameof(MutationRatio), MutationRatio);
        var sum = ReproductionRatio + CrossoverRatio + MutationRatio;
        if (!(Math.Abs(sum - 1) <= 1e-9))
            problems.Add(new InputProblem(RatiosKey, $"must add up to 1 (they add up to {sum.ToString(CultureInfo.InvariantCulture)})"));
        if (Crossover is null)
            problems.Add(new InputProblem(nameof(Crossover), "missing"));
        if (Mutation is null)
            problems.Add(new InputProblem(nameof(Mutation), "missing"));
        OptionChecks.AtLeast(problems, nameof(TournamentSize), TournamentSize, 1);
        OptionChecks.AtLeast(problems, nameof(MigrationInterval), MigrationInterval, 0);
        if (!(StopImprovement >= 0) || double.IsInfinity(StopImprovement))
            problems.Add(new InputProblem(nameof(StopImprovement), $"{StopImprovement.ToString(CultureInfo.InvariantCulture)} must be a finite number, 0 or more"));
        OptionChecks.AtLeast(problems, nameof(StopWindow), StopWindow, 1);
        OptionChecks.AtLeast(problems, nameof(MaxGenerations), MaxGenerations, 1);
        OptionChecks.AtLeast(problems, nameof(Replications), Replications, 1);
        OptionChecks.AtLeast(problems, nameof(RaceReplications), RaceReplications, 1);
        OptionChecks.AtLeast(problems, nameof(FinalReplications), FinalReplications, MinFinalReplications);
        OptionChecks.AtLeast(problems, nameof(Top), Top, 1);
        OptionChecks.Threads(problems, nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism);
        return problems;
    }
}
