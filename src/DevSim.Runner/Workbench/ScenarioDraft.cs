using System.Globalization;
using DevSim.Engine.Scenarios;

namespace DevSim.Runner.Workbench;

/// <summary>
/// A scenario as the workbench's editor holds it: every value as the text typed into its field, so that a half-typed
/// or wrong value still reaches the engine's reader, which names it with the command line's message. Written as YAML
/// by <see cref="ScenarioYaml"/>; list positions are the file's entries (task entry k is <c>tasks, entry k</c>).
/// </summary>
internal sealed record ScenarioDraft
{
    /// <summary>The file name the scenario came from or will be downloaded as (a name, never a server path).</summary>
    public string FileName { get; init; } = "scenario.yaml";

    /// <summary>The scenario's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>durations.distribution.</summary>
    public string Distribution { get; init; } = "triangular";

    /// <summary>durations.spread.</summary>
    public string Spread { get; init; } = "0.2";

    /// <summary>The shared resources, in file order.</summary>
    public IReadOnlyList<ResourceRow> Resources { get; init; } = [];

    /// <summary>The tasks, in file order.</summary>
    public IReadOnlyList<TaskRow> Tasks { get; init; } = [];

    /// <summary>RP, row by row as written.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Probability { get; init; } = [];

    /// <summary>RI, row by row as written.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Impact { get; init; } = [];

    /// <summary>The scenario's sequence as comma-separated task ids; empty for none (1..n, or the first order respecting the pairs).</summary>
    public string Sequence { get; init; } = "";

    /// <summary>Precedence pairs [a, b]: a is executed before b first starts.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Precedence { get; init; } = [];

    /// <summary>Who staffs each resource (kept as read, not edited).</summary>
    public IReadOnlyDictionary<string, string> Staffing { get; init; } = new Dictionary<string, string>();

    /// <summary>The model: block's readings that differ from DevSim's defaults (kept as read, not edited).</summary>
    public IReadOnlyDictionary<string, string> Model { get; init; } = new Dictionary<string, string>();

    /// <summary>One resources entry.</summary>
    public sealed record ResourceRow(string Name, string Capacity);

    /// <summary>One tasks entry; an empty <paramref name="Resource"/> gives the task a resource of its own.</summary>
    public sealed record TaskRow(string Id, string Name, string Duration, string Resource);

    /// <summary>A blank process: one task on its own resource, no rework.</summary>
    public static ScenarioDraft Blank() => new()
    {
        FileName = "new-process.yaml",
        Name = "new-process",
        Tasks = [new TaskRow("1", "Task 1", "1", "")],
        Probability = [["0"]],
        Impact = [["0"]],
    };

    /// <summary>The draft of a checked definition (as <see cref="ScenarioReader.ParseDefinition"/> returns it).</summary>
    public static ScenarioDraft From(ScenarioDefinition d, string fileName)
    {
        ArgumentNullException.ThrowIfNull(d);
        static IReadOnlyList<IReadOnlyList<string>> Matrix(IList<IList<double>>? m) =>
            m is null ? [] : [.. m.Select(row => (IReadOnlyList<string>)[.. row.Select(Text)])];
        return new ScenarioDraft
        {
            FileName = fileName,
            Name = d.Name ?? "",
            Distribution = d.Distribution,
            Spread = Text(d.Spread),
            Resources = [.. d.Resources.Select(r => new ResourceRow(r.Name ?? "", r.Capacity.ToString(CultureInfo.InvariantCulture)))],
            Tasks = [.. d.Tasks.Select(t => new TaskRow(t.Id?.ToString(CultureInfo.InvariantCulture) ?? "", t.Name ?? "", t.Duration is { } v ? Text(v) : "", t.Resource ?? ""))],
            Probability = Matrix(d.ReworkProbability),
            Impact = Matrix(d.ReworkImpact),
            Sequence = d.Sequence is null ? "" : string.Join(", ", d.Sequence.Select(i => i.ToString(CultureInfo.InvariantCulture))),
            Precedence = [.. d.Precedence.Select(p => (IReadOnlyList<string>)[p.BeforeId.ToString(CultureInfo.InvariantCulture), p.AfterId.ToString(CultureInfo.InvariantCulture)])],
            Staffing = new Dictionary<string, string>(d.Staffing, StringComparer.Ordinal),
            Model = ModelReadings.Keys.Where(k => d.Readings.ValueOf(k) != ModelReadings.Default.ValueOf(k))
                .ToDictionary(k => k, d.Readings.ValueOf, StringComparer.Ordinal),
        };
    }

    /// <summary>A number as the shortest text that reads back as the same double.</summary>
    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
