using System.Globalization;
using DevSim.Engine.Input;

namespace DevSim.Engine.Capacity;

/// <summary>Settings of a <see cref="CapacityPlanner"/> plan.</summary>
public sealed record AdditionOptions
{
    /// <summary>Most steps of one plan: each step simulates every resource once more (more steps belong in a script).</summary>
    public const int MaxSteps = 100;

    /// <summary>Servers to add, one per step; from 1 to <see cref="MaxSteps"/>.</summary>
    public int Steps { get; init; } = 1;

    /// <summary>What a step improves. Default <see cref="AdditionObjective.Duration"/>.</summary>
    public AdditionObjective Objective { get; init; } = AdditionObjective.Duration;

    /// <summary>The load of every simulation, projects per day: required for <see cref="AdditionObjective.Duration"/> and <see cref="AdditionObjective.OnTime"/>, unused for <see cref="AdditionObjective.Rate"/>.</summary>
    public double? Rate { get; init; }

    /// <summary>The measure and the simulations (and, for <see cref="AdditionObjective.Rate"/>, the target and the search's tolerance); its policies are ignored.</summary>
    public CapacityOptions Search { get; init; } = new();

    /// <summary>Whether every setting is within its range (<see cref="Validate"/> says what is not).</summary>
    public bool IsValid => Validate().Count == 0;

    /// <summary>Every problem of these settings, each keyed by its property's name (the search's by theirs); empty when valid.</summary>
    public IReadOnlyList<InputProblem> Validate()
    {
        var problems = new List<InputProblem>();
        if (Steps is < 1 or > MaxSteps)
            problems.Add(new InputProblem(nameof(Steps), $"{Steps.ToString(CultureInfo.InvariantCulture)} must be from 1 to {MaxSteps.ToString(CultureInfo.InvariantCulture)}"));
        if (Objective != AdditionObjective.Rate && !(Rate is > 0 && double.IsFinite(Rate.Value)))
            problems.Add(new InputProblem(nameof(Rate), $"the {(Objective == AdditionObjective.OnTime ? "on-time" : "duration")} objective needs a positive arrival rate (the load it is measured at)"));
        if (Search is null)
        {
            problems.Add(new InputProblem(nameof(Search), "missing"));
            return problems;
        }
        // The duration objective has no target: the search's own rule for it does not apply.
        problems.AddRange(Search.Validate().Where(p => Objective == AdditionObjective.Rate || p.Key != nameof(CapacityOptions.Target)));
        return problems;
    }
}
