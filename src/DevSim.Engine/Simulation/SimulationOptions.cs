namespace DevSim.Engine.Simulation;

/// <summary>Settings of a multi-project simulation.</summary>
public sealed record SimulationOptions
{
    /// <summary>Static or dynamic sequencing. Default static.</summary>
    public SequencingPolicy Policy { get; init; } = SequencingPolicy.Static;

    /// <summary>The sequence of task ids every project follows; null for the scenario's own.</summary>
    public IReadOnlyList<int>? Sequence { get; init; }

    /// <summary>When projects arrive. Default: Poisson with mean interarrival 16.</summary>
    public IArrivalProcess Arrivals { get; init; } = new PoissonArrivals(16);

    /// <summary>Projects per replication (the paper: 20,000).</summary>
    public int Projects { get; init; } = 20_000;

    /// <summary>The first projects left out of the statistics; null for 10% of <see cref="Projects"/>.</summary>
    public int? Warmup { get; init; }

    /// <summary>Independent replications. Default 10.</summary>
    public int Replications { get; init; } = 10;

    /// <summary>Master seed. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Threads for the replications; -1 (default) uses every core. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>
    /// A run stops as unstable when more projects than this are in the system at once. Default
    /// 5,000: far above any stable queue of the paper's cases, low enough to stop in a blink.
    /// </summary>
    public int MaxProjectsInSystem { get; init; } = 5_000;

    /// <summary>Receives every execution of replication 0 (a trace), or null.</summary>
    public IExecutionObserver? Observer { get; init; }

    /// <summary>The warm-up actually used.</summary>
    public int EffectiveWarmup => Warmup ?? Projects / 10;
}
