using System.CommandLine;
using System.Text.Json;
using DevSim.Runner.Cli;
using DevSim.Runner.Commands;

namespace DevSim.Runner.Workbench;

/// <summary>
/// <c>devsim capacity</c> from the workbench, on the scenario or the portfolio being edited: the sustainable rate as a
/// bracket per policy (or discipline), and with --add where the next servers go; its CSVs and figures land in the run's folder.
/// </summary>
internal sealed class CapacityRunKind : IRunKind
{
    public string Name => "capacity";

    public string Title => "Capacity: how many projects a year stay within a duration target, and where the next servers go";

    public RunSubject Subject => RunSubject.Either;

    public IReadOnlyList<string> Flags { get; } =
    [
        "--target-duration", "--percentile", "--on-time", "--discipline", "--policy", "--sequence", "--tolerance", "--max-evaluations", "--add",
        "--interarrival", "--load-factor", "--objective", "--reps", "--projects", "--warmup", "--sim-reps", "--max-in-system", "--seed",
    ];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Choices { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["--objective"] = ["duration", "rate", "on-time"],
    };

    public Command CreateCommand(CommandContext context) => CapacityCommand.Create(context);

    public string? Refusal(string flag, string value) => null;

    public IReadOnlyList<string> ServerArguments(string folder) => ["--format", "json", "--out", folder, "--figures", "both"];

    public void WriteExtras(string folder, JsonElement report) { }
}
