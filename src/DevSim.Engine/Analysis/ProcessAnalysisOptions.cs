using System.Globalization;
using DevSim.Engine.Input;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Analysis;

/// <summary>Settings of <see cref="ProcessAnalysis"/>.</summary>
public sealed record ProcessAnalysisOptions
{
    /// <summary>The sequence of task ids; null for the scenario's own.</summary>
    public IReadOnlyList<int>? Sequence { get; init; }

    /// <summary>Single-project replications behind the demands and the duration; at least 2. Default 100,000.</summary>
    public int Replications { get; init; } = 100_000;

    /// <summary>Master seed of every run. Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Threads; -1 (default) uses every core. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>The mean interarrival time at which offered loads are reported; null for none.</summary>
    public double? Interarrival { get; init; }

    /// <summary>The policies whose stability limits are found. Default all three.</summary>
    public IReadOnlyList<SequencingPolicy> Policies { get; init; } = [SequencingPolicy.Static, SequencingPolicy.Dynamic, SequencingPolicy.ReworkAware];

    /// <summary>
    /// The simulations of the bisection for dynamic and rework-aware: projects, warm-up, replications, the
    /// overload threshold and the seed are taken from here (policy, arrivals and sequence are set per run).
    /// Default: 20,000 projects, 10 replications.
    /// </summary>
    public SimulationOptions Simulation { get; init; } = new();

    /// <summary>The bisection stops when the bracket is narrower than this share of its upper end (never finer than <see cref="BoundedBisection.ToleranceFloor"/>). Default 0.01.</summary>
    public double Tolerance { get; init; } = 0.01;

    /// <summary>How many of the largest terms of the first-order rework bound are reported. Default 5.</summary>
    public int TopCouplings { get; init; } = 5;

    /// <summary>Whether every setting is within its range (<see cref="Validate"/> says what is not).</summary>
    public bool IsValid => Validate().Count == 0;

    /// <summary>Every problem of these settings, each keyed by its property's name (the bisection's simulation settings by theirs); empty when valid.</summary>
    public IReadOnlyList<InputProblem> Validate()
    {
        var problems = new List<InputProblem>();
        OptionChecks.AtLeast(problems, nameof(Replications), Replications, 2);
        OptionChecks.Threads(problems, nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism);
        if (Interarrival is { } interarrival && !(interarrival > 0 && double.IsFinite(interarrival)))
            problems.Add(new InputProblem(nameof(Interarrival), $"{interarrival.ToString(CultureInfo.InvariantCulture)} must be a positive number of days"));
        if (!(Tolerance is > 0 and < 1))
            problems.Add(new InputProblem(nameof(Tolerance), $"{Tolerance.ToString(CultureInfo.InvariantCulture)} must be a share in (0, 1)"));
        OptionChecks.AtLeast(problems, nameof(TopCouplings), TopCouplings, 0);
        OptionChecks.Policies(problems, nameof(Policies), Policies);
        OptionChecks.Simulation(problems, nameof(Simulation), Simulation);
        return problems;
    }
}
