using System.Globalization;
using DevSim.Engine.Input;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Simulation;

/// <summary>
/// Settings of a multi-project simulation. The record owns the defaults and rules (the warm-up
/// rule among them) that experiment files and the command line share: <see cref="Validate"/>.
/// </summary>
public sealed record SimulationOptions
{
    /// <summary>Projects per replication by default (the paper: 20,000).</summary>
    public const int DefaultProjects = 20_000;

    /// <summary>Independent replications by default.</summary>
    public const int DefaultReplications = 10;

    /// <summary>
    /// The in-system bound by default: far above any stable queue of the paper's cases, low enough
    /// to stop an overloaded run in a blink.
    /// </summary>
    public const int DefaultMaxProjectsInSystem = 5_000;

    /// <summary>Static or dynamic sequencing. Default static.</summary>
    public SequencingPolicy Policy { get; init; } = SequencingPolicy.Static;

    /// <summary>The sequence of task ids every project follows; null for the scenario's own.</summary>
    public IReadOnlyList<int>? Sequence { get; init; }

    /// <summary>When projects arrive. Default: Poisson with mean interarrival 16.</summary>
    public IArrivalProcess Arrivals { get; init; } = new PoissonArrivals(16);

    /// <summary>Projects per replication (default <see cref="DefaultProjects"/>); at least 1.</summary>
    public int Projects { get; init; } = DefaultProjects;

    /// <summary>The first projects left out of the statistics, 0 to <see cref="Projects"/> - 1; null for <see cref="DefaultWarmup"/>.</summary>
    public int? Warmup { get; init; }

    /// <summary>Independent replications (default <see cref="DefaultReplications"/>); at least 1.</summary>
    public int Replications { get; init; } = DefaultReplications;

    /// <summary>Master seed. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Threads for the replications; -1 (default) uses every core. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>A run stops as unstable when more projects than this are in the system at once (default <see cref="DefaultMaxProjectsInSystem"/>).</summary>
    public int MaxProjectsInSystem { get; init; } = DefaultMaxProjectsInSystem;

    /// <summary>Receives every execution of replication 0 (a trace), or null.</summary>
    public IExecutionObserver? Observer { get; init; }

    /// <summary>The thresholds of the verdict (stable, unsettled, overloaded).</summary>
    public VerdictOptions Verdict { get; init; } = new();

    /// <summary>The warm-up actually used.</summary>
    public int EffectiveWarmup => Warmup ?? DefaultWarmup(Projects);

    /// <summary>The warm-up when none is given: the first 10% of <paramref name="projects"/>.</summary>
    public static int DefaultWarmup(int projects) => projects / 10;

    /// <summary>Whether every setting is within its range (<see cref="Validate"/> says what is not).</summary>
    public bool IsValid => Validate().Count == 0;

    /// <summary>Every problem of these settings, each keyed by its property's name; empty when valid.</summary>
    public IReadOnlyList<InputProblem> Validate()
    {
        var problems = new List<InputProblem>();
        OptionChecks.AtLeast(problems, nameof(Projects), Projects, 1);
        if (Warmup is { } w && (w < 0 || w >= Projects))
        {
            problems.Add(new InputProblem(nameof(Warmup), $"{w.ToString(CultureInfo.InvariantCulture)} must be from 0 to {(Projects - 1).ToString(CultureInfo.InvariantCulture)} " +
                $"(fewer than the {Projects.ToString(CultureInfo.InvariantCulture)} projects)"));
        }
        OptionChecks.AtLeast(problems, nameof(Replications), Replications, 1);
        OptionChecks.AtLeast(problems, nameof(MaxProjectsInSystem), MaxProjectsInSystem, 1);
        OptionChecks.Threads(problems, nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism);
        if (Arrivals is null)
            problems.Add(new InputProblem(nameof(Arrivals), "missing"));
        else if (Arrivals.MaxProjects is { } max && Projects > max)
            problems.Add(new InputProblem(nameof(Projects), $"{Projects.ToString(CultureInfo.InvariantCulture)} is more than the {max.ToString(CultureInfo.InvariantCulture)} arrivals of the trace"));
        return problems;
    }
}
