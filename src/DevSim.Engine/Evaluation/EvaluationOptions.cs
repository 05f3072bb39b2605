using DevSim.Engine.Input;

namespace DevSim.Engine.Evaluation;

/// <summary>Settings of a single-project Monte Carlo evaluation: it owns its defaults and rules (<see cref="Validate"/>).</summary>
public sealed record EvaluationOptions
{
    /// <summary>The fewest replications: a standard deviation needs two.</summary>
    public const int MinReplications = 2;

    /// <summary>Independent replications (projects simulated); at least <see cref="MinReplications"/>. Default 100,000.</summary>
    public int Replications { get; init; } = 100_000;

    /// <summary>Master seed; replication r uses streams derived from (seed, r) only. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Threads to use; -1 (default) uses every core. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Whether every setting is within its range (<see cref="Validate"/> says what is not).</summary>
    public bool IsValid => Validate().Count == 0;

    /// <summary>Every problem of these settings, each keyed by its property's name; empty when valid.</summary>
    public IReadOnlyList<InputProblem> Validate()
    {
        var problems = new List<InputProblem>();
        OptionChecks.AtLeast(problems, nameof(Replications), Replications, MinReplications);
        OptionChecks.Threads(problems, nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism);
        return problems;
    }
}
