using System.CommandLine;
using System.Text.Json;
using DevSim.Engine.Scenarios;
using DevSim.Runner.Cli;
using DevSim.Runner.Commands;
using DevSim.Runner.Output;

namespace DevSim.Runner.Workbench;

/// <summary><c>devsim evaluate</c> from the workbench: one project alone, its mean duration and rework per task.</summary>
internal sealed class EvaluateRunKind : IRunKind
{
    /// <summary>The CSV of the per-task table.</summary>
    public const string TasksFile = "tasks.csv";

    public string Name => "evaluate";

    public string Title => "Evaluate: one project alone, following a sequence";

    public IReadOnlyList<string> Flags { get; } = ["--sequence", "--reps", "--seed", .. ModelReadings.Keys.Select(k => "--" + k)];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Choices { get; } = new Dictionary<string, IReadOnlyList<string>>();

    public Command CreateCommand(CommandContext context) => EvaluateCommand.Create(context);

    public string? Refusal(string flag, string value) => null;

    public IReadOnlyList<string> ServerArguments(string folder) => ["--format", "json"];

    public void WriteExtras(string folder, JsonElement report)
    {
        var rows = report.GetProperty("tasks").EnumerateArray().Select(t => (IReadOnlyList<object?>)
            [t.GetProperty("id").GetInt32(), t.GetProperty("name").GetString(), t.GetProperty("executions").GetDouble(), t.GetProperty("reworkTime").GetDouble()]);
        CsvTable.Write(Path.Combine(folder, TasksFile), ["id", "name", "executions", "rework_time"], rows);
    }
}
