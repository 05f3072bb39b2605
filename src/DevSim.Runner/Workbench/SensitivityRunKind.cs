using System.CommandLine;
using System.Text.Json;
using DevSim.Runner.Cli;
using DevSim.Runner.Commands;

namespace DevSim.Runner.Workbench;

/// <summary>
/// <c>devsim sensitivity</c> from the workbench: the paired effect of reducing each coupling's RP and RI and of removing
/// it, alone or under load; the ranked table, the matrix and its heatmap land in the run's folder.
/// </summary>
internal sealed class SensitivityRunKind : IRunKind
{
    public string Name => "sensitivity";

    public string Title => "Sensitivity: which coupling to break first (paired effects on the duration)";

    public IReadOnlyList<string> Flags { get; } =
        ["--sequence", "--reduce", "--reps", "--interarrival", "--policy", "--projects", "--warmup", "--max-in-system", "--top", "--seed"];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Choices { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["--policy"] = [.. Engine.Simulation.SequencingPolicyRegistry.All],
    };

    public Command CreateCommand(CommandContext context) => SensitivityCommand.Create(context);

    public string? Refusal(string flag, string value) => null;

    public IReadOnlyList<string> ServerArguments(string folder) => ["--format", "json", "--out", folder, "--figures", "both"];

    public void WriteExtras(string folder, JsonElement report) { }
}
