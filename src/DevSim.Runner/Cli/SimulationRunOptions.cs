using System.CommandLine;
using DevSim.Engine;
using DevSim.Engine.Simulation;

namespace DevSim.Runner.Cli;

/// <summary>
/// The options of the simulations a planning command runs on its own (analyze's bisection, capacity's searches): projects,
/// warm-up, replications and the overload threshold, declared, read and checked against the stated limits in one place.
/// </summary>
internal sealed class SimulationRunOptions
{
    /// <summary>The four options; <paramref name="prefix"/> starts each description, <paramref name="replications"/> says what the replications serve.</summary>
    public SimulationRunOptions(string prefix, string replications, int minimumReplications = 1)
    {
        var defaults = new SimulationOptions();
        string Text(string text) => prefix.Length == 0 ? char.ToUpperInvariant(text[0]) + text[1..] : prefix + text;
        Projects = CommonOptions.Whole("--projects", defaults.Projects, Text("projects per replication of each simulation."));
        Warmup = CommonOptions.OptionalWhole("--warmup", Text("the first projects left out [default: 10% of --projects]."), minimum: 0);
        Replications = CommonOptions.Whole("--sim-reps", defaults.Replications, Text($"replications of each simulation ({replications})."), minimum: minimumReplications);
        MaxInSystem = CommonOptions.Whole("--max-in-system", defaults.MaxProjectsInSystem, Text("a replication stops as overloaded past this many projects in the system."));
    }

    public Option<int> Projects { get; }

    public Option<int?> Warmup { get; }

    public Option<int> Replications { get; }

    public Option<int> MaxInSystem { get; }

    /// <summary>The four, in the order a command lists them.</summary>
    public IEnumerable<Option> All => [Projects, Warmup, Replications, MaxInSystem];

    /// <summary>The settings given, with <paramref name="seed"/> and, when given, <paramref name="threads"/>.</summary>
    public SimulationOptions Of(ParseResult parse, ulong seed, int? threads = null)
    {
        var options = new SimulationOptions
        {
            Projects = parse.GetValue(Projects),
            Warmup = parse.GetValue(Warmup),
            Replications = parse.GetValue(Replications),
            MaxProjectsInSystem = parse.GetValue(MaxInSystem),
            Seed = seed,
        };
        return threads is { } t ? options with { MaxDegreeOfParallelism = t } : options;
    }

    /// <summary>The stated limits (<see cref="RunLimits"/>) of each simulation, checked before any work starts.</summary>
    public static void CheckLimits(SimulationOptions simulation)
    {
        if (RunLimits.Exceeded("replications", simulation.Replications, RunLimits.MaxReplications) is { } reps)
            throw new UserErrorException($"--sim-reps: {reps}");
        var total = RunLimits.Times(simulation.Projects, simulation.Replications);
        if (RunLimits.Exceeded($"projects per simulation ({simulation.Projects:N0} x {simulation.Replications:N0} replications)", total, RunLimits.MaxProjects) is { } projects)
            throw new UserErrorException($"--projects, --sim-reps: {projects}");
    }
}
