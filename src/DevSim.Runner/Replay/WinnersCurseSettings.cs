using DevSim.Engine.Optimization;

namespace DevSim.Runner.Replay;

/// <summary>The grid of the winner's-curse emulation: which K, how many seeds at each, and the search behind each run.</summary>
internal sealed record WinnersCurseSettings
{
    /// <summary>K, the replications behind each fitness value, with the seeds run at each (fewer where a run is dear).</summary>
    public IReadOnlyList<(int Replications, int Seeds)> Grid { get; init; } =
        [(1, 30), (2, 30), (5, 30), (10, 30), (20, 30), (50, 30), (100, 10), (1000, 3)];

    /// <summary>The search: the paper's Table 2 (objective and seed are set per run).</summary>
    public GeneticAlgorithmOptions Search { get; init; } = new();

    /// <summary>Fresh replications behind each winner's true value.</summary>
    public int FreshReplications { get; init; } = 10_000;

    /// <summary>The full grid of issue 21.</summary>
    public static WinnersCurseSettings Full(ulong seed, int threads) => new()
    {
        Search = new GeneticAlgorithmOptions { Seed = seed, MaxDegreeOfParallelism = threads },
    };

    /// <summary>A smoke run: two K, two seeds, small populations.</summary>
    public static WinnersCurseSettings QuickRun(ulong seed, int threads) => new()
    {
        Grid = [(1, 2), (10, 2)],
        Search = new GeneticAlgorithmOptions { Seed = seed, MaxDegreeOfParallelism = threads, Populations = 2, PopulationSize = 20, MaxGenerations = 10 },
        FreshReplications = 1_000,
    };
}
