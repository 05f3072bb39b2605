using System.CommandLine;
using System.Text.Json;
using DevSim.Runner.Cli;
using DevSim.Runner.Commands;

namespace DevSim.Runner.Workbench;

/// <summary>
/// <c>devsim analyze</c> from the workbench: work per resource with its CI, the offered load at an interarrival time,
/// each policy's stability limit and the couplings that add most rework; its CSVs and figures land in the run's folder.
/// </summary>
internal sealed class AnalyzeRunKind : IRunKind
{
    public string Name => "analyze";

    public string Title => "Analyze: work per resource, stability limits, the couplings that add most rework";

    public IReadOnlyList<string> Flags { get; } =
        ["--sequence", "--interarrival", "--policy", "--reps", "--projects", "--warmup", "--sim-reps", "--max-in-system", "--tolerance", "--top", "--seed"];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Choices { get; } = new Dictionary<string, IReadOnlyList<string>>();

    public Command CreateCommand(CommandContext context) => AnalyzeCommand.Create(context);

    public string? Refusal(string flag, string value) => null;

    public IReadOnlyList<string> ServerArguments(string folder) => ["--format", "json", "--out", folder, "--figures", "both"];

    public void WriteExtras(string folder, JsonElement report) { }
}
