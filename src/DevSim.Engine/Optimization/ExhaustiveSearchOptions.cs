using DevSim.Engine.Input;

namespace DevSim.Engine.Optimization;

/// <summary>Settings of the exhaustive search with successive halving: it owns its defaults and rules (<see cref="Validate"/>).</summary>
public sealed record ExhaustiveSearchOptions
{
    /// <summary>The fewest survivors of the first pass: a race needs two.</summary>
    public const int MinSurvivors = 2;

    /// <summary>The fewest fresh replications behind a reported value: a CI needs two.</summary>
    public const int MinFinalReplications = 2;

    /// <summary>Minimise (optimal sequence) or maximise (worst).</summary>
    public Objective Objective { get; init; } = Objective.Minimize;

    /// <summary>Replications for the first pass over every permutation (shared by all: common random numbers).</summary>
    public int FirstPassReplications { get; init; } = 200;

    /// <summary>How many leaders survive the first pass; each later round keeps a tenth, with ten times the replications.</summary>
    public int Survivors { get; init; } = 1_000;

    /// <summary>The most replications a round may use.</summary>
    public int MaxRoundReplications { get; init; } = 200_000;

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

    /// <summary>Every problem of these settings, each keyed by its property's name; empty when valid.</summary>
    public IReadOnlyList<InputProblem> Validate()
    {
        var problems = new List<InputProblem>();
        OptionChecks.AtLeast(problems, nameof(FirstPassReplications), FirstPassReplications, 1);
        OptionChecks.AtLeast(problems, nameof(Survivors), Survivors, MinSurvivors);
        OptionChecks.AtLeast(problems, nameof(MaxRoundReplications), MaxRoundReplications, 1);
        OptionChecks.AtLeast(problems, nameof(FinalReplications), FinalReplications, MinFinalReplications);
        OptionChecks.AtLeast(problems, nameof(Top), Top, 1);
        OptionChecks.Threads(problems, nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism);
        return problems;
    }
}
