using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Optimization;

namespace DevSim.Runner.Replay;

/// <summary>How much simulation the replay does: the paper's settings, or a quick smoke run of the same pipeline.</summary>
internal sealed record ReplaySettings
{
    /// <summary>A quick run: every experiment and file, with small grids and few projects.</summary>
    public bool Quick { get; init; }

    /// <summary>Projects per grid point and replication (the paper: 20,000).</summary>
    public int Projects { get; init; } = SimulationOptions.DefaultProjects;

    /// <summary>Replications per grid point; CIs are across them.</summary>
    public int Replications { get; init; } = 20;

    /// <summary>
    /// Replications per point of the dashed curves (DevSim's own sequences), which are read for their
    /// verdicts rather than drawn with bands.
    /// </summary>
    public int SecondaryReplications { get; init; } = 10;

    /// <summary>Replications per point of the worst-sequence grid, where overloaded points stop early.</summary>
    public int WorstReplications { get; init; } = 10;

    /// <summary>Master seed of every experiment.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Threads; -1 for every core. Results do not depend on it.</summary>
    public int Threads { get; init; } = -1;

    /// <summary>Single-project replications behind each Table 3 value and the distribution plot.</summary>
    public int SingleProjectReplications { get; init; } = 200_000;

    /// <summary>The mouse grid of Figures 7 and 8 (the paper: 13 to 30).</summary>
    public IReadOnlyList<double> MouseGrid { get; init; } = Range(13, 30, 1);

    /// <summary>The balanced process's grid (Figure 10): dense where its queues build up, sparse beyond.</summary>
    public IReadOnlyList<double> BalancedGrid { get; init; } = [.. Range(8, 16, 1), .. Range(18, 30, 2)];

    /// <summary>The worst sequence's grid, around its stability limit (section 6.2).</summary>
    public IReadOnlyList<double> WorstGrid { get; init; } = Range(20, 44, 2);

    /// <summary>
    /// Offered loads on the busiest resource (under static sequencing) at which the rework-aware policy
    /// is checked on the two further processes; each becomes an interarrival time for that process.
    /// </summary>
    public IReadOnlyList<double> FurtherLoads { get; init; } = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95];

    /// <summary>Replications per point of the further processes' grids.</summary>
    public int FurtherReplications { get; init; } = 10;

    /// <summary>Where Figure 11's utilisations are read in the balanced process (the paper does not say).</summary>
    public double BalancedUtilisationInterarrival { get; init; } = 10;

    /// <summary>Projects in the timeline plot's short dynamic run.</summary>
    public int TimelineProjects { get; init; } = 30;

    /// <summary>The genetic algorithm's settings (the paper's Table 2 unless quick).</summary>
    public GeneticAlgorithmOptions Search { get; init; } = new();

    /// <summary>The readings of the paper's text the replay's processes are simulated under (docs/model.md#readings-of-the-paper).</summary>
    public ModelReadings Readings { get; init; } = ModelReadings.Default;

    /// <summary>
    /// Reading (f): the mouse's matrix rows 1 and 2 aligned the other way, i.e. the built-ins
    /// optical-mouse-rows-alt and optical-mouse-balanced-rows-alt (docs/model.md#reading-f-the-other-alignment-of-rows-1-and-2).
    /// </summary>
    public bool AlternativeRows { get; init; }

    /// <summary>Whether to run what lies beyond the paper: the rework-aware curves, DevSim's own optima's curves and processes.</summary>
    public bool BeyondThePaper { get; init; } = true;

    /// <summary>
    /// One run of the readings section (issue 21.3): the paper's experiments only, on 5,000 projects and
    /// 5 replications per point, a GA on 500 replications per fitness value, under <paramref name="readings"/>
    /// and, when <paramref name="alternativeRows"/>, on the rows-alt scenarios (reading (f)).
    /// </summary>
    public static ReplaySettings ReadingsRun(ulong seed, int threads, ModelReadings readings, bool alternativeRows, bool quick) => quick
        ? QuickRun(seed, threads) with { Readings = readings, AlternativeRows = alternativeRows, BeyondThePaper = false }
        : new()
        {
            Seed = seed,
            Threads = threads,
            Readings = readings,
            AlternativeRows = alternativeRows,
            BeyondThePaper = false,
            Projects = 5_000,
            Replications = 5,
            SecondaryReplications = 2,
            WorstReplications = 3,
            SingleProjectReplications = 50_000,
            MouseGrid = [13, 14, 15, 16, 17, 18, 20, 24, 30],
            BalancedGrid = [8, 10, 12, 16, 20, 30],
            WorstGrid = [20, 24, 28, 32, 36, 40, 44, 48],
            TimelineProjects = 5,
            Search = new GeneticAlgorithmOptions { Seed = seed, MaxDegreeOfParallelism = threads, Replications = 500, RaceReplications = 5_000, FinalReplications = 50_000 },
        };

    /// <summary>The full replay with the paper's settings.</summary>
    public static ReplaySettings Full(ulong seed, int threads) => new()
    {
        Seed = seed,
        Threads = threads,
        Search = new GeneticAlgorithmOptions { Seed = seed, MaxDegreeOfParallelism = threads },
    };

    /// <summary>A smoke run of the whole pipeline in seconds: every file is written, nothing is precise.</summary>
    public static ReplaySettings QuickRun(ulong seed, int threads) => new()
    {
        Quick = true,
        Seed = seed,
        Threads = threads,
        Projects = 2_000,
        Replications = 3,
        SecondaryReplications = 2,
        WorstReplications = 2,
        SingleProjectReplications = 20_000,
        MouseGrid = [13, 16, 20, 30],
        BalancedGrid = [9, 12, 20],
        BalancedUtilisationInterarrival = 12,
        WorstGrid = [20, 30, 40],
        FurtherLoads = [0.6, 0.9],
        FurtherReplications = 2,
        TimelineProjects = 10,
        Search = new GeneticAlgorithmOptions
        {
            Seed = seed,
            MaxDegreeOfParallelism = threads,
            Populations = 2,
            PopulationSize = 20,
            Replications = 200,
            RaceReplications = 2_000,
            FinalReplications = 5_000,
            MaxGenerations = 10,
        },
    };

    private static double[] Range(double from, double to, double step) =>
        [.. Enumerable.Range(0, (int)Math.Round((to - from) / step) + 1).Select(i => from + i * step)];
}
