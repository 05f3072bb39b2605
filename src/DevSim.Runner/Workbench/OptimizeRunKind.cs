using System.CommandLine;
using System.Text.Json;
using DevSim.Runner.Cli;
using DevSim.Runner.Commands;
using DevSim.Runner.Output;

namespace DevSim.Runner.Workbench;

/// <summary><c>devsim optimize</c> from the workbench: the best (or worst) static sequences, valued again on fresh replications.</summary>
internal sealed class OptimizeRunKind : IRunKind
{
    /// <summary>The CSV of the leading sequences.</summary>
    public const string TopFile = "top.csv";

    public string Name => "optimize";

    public string Title => "Optimize: the static sequence with the shortest (or longest) single-project duration";

    public IReadOnlyList<string> Flags { get; } =
    [
        "--method", "--objective", "--seed", "--top", "--final-reps", "--time-limit", "--populations", "--population-size", "--reproduction",
        "--crossover-ratio", "--mutation-ratio", "--crossover", "--mutation", "--tournament", "--migration-interval", "--stop-improvement",
        "--stop-window", "--max-generations", "--reps", "--race-reps", "--first-pass-reps", "--survivors",
    ];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Choices { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["--method"] = ["ga", "exhaustive"],
        ["--objective"] = ["min", "max"],
        ["--crossover"] = ["pmx", "ox1"],
        ["--mutation"] = ["swap", "inversion"],
    };

    public Command CreateCommand(CommandContext context) => OptimizeCommand.Create(context);

    public string? Refusal(string flag, string value) => null;

    public IReadOnlyList<string> ServerArguments(string folder) => ["--format", "json"];

    public void WriteExtras(string folder, JsonElement report)
    {
        var rows = report.GetProperty("top").EnumerateArray().Select((t, rank) => (IReadOnlyList<object?>)
        [
            rank + 1, string.Join(",", t.GetProperty("sequence").EnumerateArray().Select(i => i.GetInt32())), t.GetProperty("mean").GetDouble(),
            t.GetProperty("ci95")[0].GetDouble(), t.GetProperty("ci95")[1].GetDouble(), t.GetProperty("reps").GetInt32(),
        ]);
        CsvTable.Write(Path.Combine(folder, TopFile), ["rank", "sequence", "mean", "ci95_low", "ci95_high", "reps"], rows);
    }
}
