using System.CommandLine;
using System.Text.Json;
using DevSim.Engine.Scenarios;
using DevSim.Runner.Cli;
using DevSim.Runner.Commands;

namespace DevSim.Runner.Workbench;

/// <summary>
/// <c>devsim simulate</c> from the workbench: projects arriving over time and sharing the resources, with the figures of
/// <c>--plot</c> (duration histogram, utilisation, queues) and <c>--timeline</c> written into the run's own folder.
/// </summary>
internal sealed class SimulateRunKind : IRunKind
{
    /// <summary>The calendar of the first projects (<c>--timeline</c>).</summary>
    public const string TimelineFile = "timeline.svg";

    /// <summary>--arrivals from the browser: a CSV of arrival times would be a path on the server.</summary>
    public static readonly IReadOnlyList<string> ArrivalChoices = ["poisson", "fixed"];

    public string Name => "simulate";

    public string Title => "Simulate: many projects arriving over time and sharing the resources";

    public IReadOnlyList<string> Flags { get; } =
    [
        "--interarrival", "--policy", "--sequence", "--arrivals", "--projects", "--warmup", "--reps", "--seed", "--max-in-system",
        "--max-half-width", "--trend-alpha", .. ModelReadings.Keys.Select(k => "--" + k),
    ];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Choices { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["--policy"] = [.. Engine.Simulation.SequencingPolicyRegistry.All],
        ["--arrivals"] = ArrivalChoices,
    };

    public Command CreateCommand(CommandContext context) => SimulateCommand.Create(context);

    public string? Refusal(string flag, string value) => flag == "--arrivals" && !ArrivalChoices.Contains(value, StringComparer.Ordinal)
        ? $"--arrivals: '{value}' is not one of {string.Join(", ", ArrivalChoices)} (an arrivals file cannot be named from the workbench)"
        : null;

    public IReadOnlyList<string> ServerArguments(string folder) =>
        ["--format", "json", "--plot", folder, "--figures", "both", "--timeline", Path.Combine(folder, TimelineFile)];

    public void WriteExtras(string folder, JsonElement report) { }
}
