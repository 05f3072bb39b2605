using System.Globalization;
using DevSim.Engine.Input;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Analysis;

/// <summary>Settings of a coupling sensitivity analysis.</summary>
public sealed record SensitivityOptions
{
    /// <summary>The share by which a cell is reduced, in (0, 1]. Default 0.1 (10%).</summary>
    public double Reduction { get; init; } = 0.1;

    /// <summary>The sequence of task ids; null for the scenario's own. Ignored when <see cref="Simulation"/> is set (its own sequence counts).</summary>
    public IReadOnlyList<int>? Sequence { get; init; }

    /// <summary>Single-project replications (pairs) per change; at least 2. Default 100,000. Ignored when <see cref="Simulation"/> is set.</summary>
    public int Replications { get; init; } = 100_000;

    /// <summary>Master seed of the single-project runs. Default 1. Ignored when <see cref="Simulation"/> is set.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Threads; -1 (default) uses every core. Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>
    /// Null (default): the effects on one project running alone. Otherwise the multi-project settings (policy,
    /// arrivals, projects, replications, seed) under which every change is simulated; the pairs are then replications,
    /// and at least 2 are needed.
    /// </summary>
    public SimulationOptions? Simulation { get; init; }

    /// <summary>Whether every setting is within its range (<see cref="Validate"/> says what is not).</summary>
    public bool IsValid => Validate().Count == 0;

    /// <summary>Every problem of these settings, each keyed by its property's name (the multi-project settings' by theirs); empty when valid.</summary>
    public IReadOnlyList<InputProblem> Validate()
    {
        var problems = new List<InputProblem>();
        if (!(Reduction is > 0 and <= 1))
            problems.Add(new InputProblem(nameof(Reduction), $"{Reduction.ToString(CultureInfo.InvariantCulture)} must be a share in (0, 1]"));
        OptionChecks.Threads(problems, nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism);
        if (Simulation is null)
        {
            OptionChecks.AtLeast(problems, nameof(Replications), Replications, 2);
        }
        else
        {
            problems.AddRange(Simulation.Validate());
            OptionChecks.AtLeast(problems, nameof(Simulation.Replications), Simulation.Replications, 2); // the CIs are over paired replications
        }
        return problems;
    }
}
