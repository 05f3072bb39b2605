namespace DevSim.Engine.Evaluation;

/// <summary>Settings of a single-project Monte Carlo evaluation.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Independent replications (projects simulated); at least 2. Default 100,000.</summary>
    public int Replications { get; init; } = 100_000;

    /// <summary>Master seed; replication r uses streams derived from (seed, r) only. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Threads to use; -1 (default) uses every core. The result does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}
