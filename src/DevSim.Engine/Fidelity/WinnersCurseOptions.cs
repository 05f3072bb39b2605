using DevSim.Engine.Input;
using DevSim.Engine.Optimization;

namespace DevSim.Engine.Fidelity;

/// <summary>Settings of one emulated search of the paper's procedure (<see cref="WinnersCurseEmulation"/>).</summary>
public sealed record WinnersCurseOptions
{
    /// <summary>The genetic algorithm, the paper's Table 2 by default; its objective, seed and threads are used, its race and final replications are not.</summary>
    public GeneticAlgorithmOptions Search { get; init; } = new();

    /// <summary>K: replications behind each fitness value.</summary>
    public int Replications { get; init; } = 10;

    /// <summary>How the noise behind fitness values is drawn.</summary>
    public NoiseMode Noise { get; init; } = NoiseMode.CommonRandomNumbers;

    /// <summary>Fresh replications behind the winner's true value.</summary>
    public int FreshReplications { get; init; } = 10_000;

    /// <summary>Every problem of these settings, keyed by property name; empty when valid.</summary>
    public IReadOnlyList<InputProblem> Validate()
    {
        var problems = new List<InputProblem>(Search?.Validate() ?? [new InputProblem(nameof(Search), "missing")]);
        OptionChecks.AtLeast(problems, nameof(Replications), Replications, 1);
        OptionChecks.AtLeast(problems, nameof(FreshReplications), FreshReplications, 2);
        return problems;
    }
}
