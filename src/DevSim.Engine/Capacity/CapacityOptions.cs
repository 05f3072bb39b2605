using System.Globalization;
using DevSim.Engine.Input;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Capacity;

/// <summary>Settings of a <see cref="CapacitySearch"/>.</summary>
public sealed record CapacityOptions
{
    /// <summary>The smallest <see cref="Tolerance"/> accepted: a bracket narrower than 0.01% of the rate is below the noise of any affordable run.</summary>
    public const double MinTolerance = 1e-4;

    /// <summary>Most evaluations one policy's search may use by default: enough to halve from the stability limit 20 times and bisect to <see cref="MinTolerance"/>.</summary>
    public const int DefaultMaxEvaluations = 40;

    /// <summary>The target, in days: the measure must stay at or below it. Positive.</summary>
    public double Target { get; init; }

    /// <summary>What the target bounds. Default the mean duration.</summary>
    public DurationMeasure Measure { get; init; } = DurationMeasure.Mean;

    /// <summary>The policies searched, each on its own. Default all three.</summary>
    public IReadOnlyList<SequencingPolicy> Policies { get; init; } = [SequencingPolicy.Static, SequencingPolicy.Dynamic, SequencingPolicy.ReworkAware];

    /// <summary>Every simulation's projects, warm-up, replications (at least 2: the CIs are over them), seed, in-system bound and threads.</summary>
    public SimulationOptions Simulation { get; init; } = new();

    /// <summary>Stop when the bracket is narrower than this share of its faster end; from <see cref="MinTolerance"/> to below 1. Default 0.01.</summary>
    public double Tolerance { get; init; } = 0.01;

    /// <summary>Most simulations per policy's search (the stability limit's not counted); at least 2. Default <see cref="DefaultMaxEvaluations"/>.</summary>
    public int MaxEvaluations { get; init; } = DefaultMaxEvaluations;

    /// <summary>Whether every setting is within its range (<see cref="Validate"/> says what is not).</summary>
    public bool IsValid => Validate().Count == 0;

    /// <summary>Every problem of these settings, each keyed by its property's name (the simulation's by theirs); empty when valid.</summary>
    public IReadOnlyList<InputProblem> Validate()
    {
        var problems = new List<InputProblem>();
        if (!(Target > 0) || !double.IsFinite(Target))
            problems.Add(new InputProblem(nameof(Target), $"{Target.ToString(CultureInfo.InvariantCulture)} must be a positive number of days"));
        if (Measure.Percentile is { } p && !(p is > 0 and < 100))
            problems.Add(new InputProblem(nameof(DurationMeasure.Percentile), $"{p.ToString(CultureInfo.InvariantCulture)} must be above 0 and below 100 (the largest duration has no finite bound to aim at)"));
        if (!(Tolerance is >= MinTolerance and < 1))
            problems.Add(new InputProblem(nameof(Tolerance), $"{Tolerance.ToString(CultureInfo.InvariantCulture)} must be a share from {MinTolerance.ToString(CultureInfo.InvariantCulture)} to below 1"));
        OptionChecks.AtLeast(problems, nameof(MaxEvaluations), MaxEvaluations, 2);
        OptionChecks.Policies(problems, nameof(Policies), Policies);
        OptionChecks.Simulation(problems, nameof(Simulation), Simulation, minimumReplications: 2); // the CIs are over replications
        return problems;
    }
}
