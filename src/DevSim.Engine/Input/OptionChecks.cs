using System.Globalization;

namespace DevSim.Engine.Input;

/// <summary>The checks the options records' <c>Validate</c> share, each adding a problem keyed by the property's name.</summary>
internal static class OptionChecks
{
    /// <summary>Every problem of <paramref name="problems"/> as one exception for a programming error (the runner validates first).</summary>
    public static void ThrowIfAny(IReadOnlyList<InputProblem> problems, string parameter)
    {
        if (problems.Count > 0)
            throw new ArgumentException(string.Join("; ", problems.Select(p => $"{p.Key}: {p.Message}")), parameter);
    }

    public static void AtLeast(List<InputProblem> problems, string key, int value, int minimum)
    {
        if (value < minimum)
            problems.Add(new InputProblem(key, $"{value.ToString(CultureInfo.InvariantCulture)} must be at least {minimum.ToString(CultureInfo.InvariantCulture)}"));
    }

    public static void Threads(List<InputProblem> problems, string key, int value)
    {
        if (value < 1 && value != -1)
            problems.Add(new InputProblem(key, $"{value.ToString(CultureInfo.InvariantCulture)} must be a positive number of threads, or -1 for every core"));
    }

    public static void Ratio(List<InputProblem> problems, string key, double value)
    {
        if (!(value >= 0 && value <= 1))
            problems.Add(new InputProblem(key, $"{value.ToString(CultureInfo.InvariantCulture)} must be within [0, 1]"));
    }

    /// <summary>At least one policy named.</summary>
    public static void Policies<T>(List<InputProblem> problems, string key, IReadOnlyList<T>? policies)
    {
        if (policies is null || policies.Count == 0)
            problems.Add(new InputProblem(key, "name at least one policy"));
    }

    /// <summary>The simulation settings' own problems (keyed by their names), and at least <paramref name="minimumReplications"/> replications.</summary>
    public static void Simulation(List<InputProblem> problems, string key, Simulation.SimulationOptions? simulation, int minimumReplications = 1)
    {
        if (simulation is null)
        {
            problems.Add(new InputProblem(key, "missing"));
            return;
        }
        problems.AddRange(simulation.Validate());
        if (minimumReplications > 1)
            AtLeast(problems, nameof(simulation.Replications), simulation.Replications, minimumReplications);
    }
}
