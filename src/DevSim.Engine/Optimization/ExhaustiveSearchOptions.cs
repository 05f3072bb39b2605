namespace DevSim.Engine.Optimization;

/// <summary>Settings of the exhaustive search with successive halving.</summary>
public sealed record ExhaustiveSearchOptions
{
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
}
