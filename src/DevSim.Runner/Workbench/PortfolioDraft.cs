using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace DevSim.Runner.Workbench;

/// <summary>
/// A portfolio as the workbench's editor holds it (docs/model.md#project-types): every value as the text typed into its
/// field, so that a wrong value still reaches the engine's portfolio reader, which names it with the command line's
/// message. An empty field is a key left out of the file (the reader's default). Written as YAML by
/// <see cref="PortfolioYaml"/>. A type's scenario is a built-in name or a process written inline: never a file on the server.
/// </summary>
internal sealed record PortfolioDraft
{
    /// <summary>The file name the portfolio came from or will be downloaded as (a name, never a server path).</summary>
    public string FileName { get; init; } = "portfolio.yaml";

    /// <summary>name (empty: the file name's stem).</summary>
    public string Name { get; init; } = "";

    /// <summary>discipline (empty: fifo).</summary>
    public string Discipline { get; init; } = "";

    /// <summary>wip-cap, all types together (empty: none).</summary>
    public string WipCap { get; init; } = "";

    /// <summary>The pool's resources; none: the union of the types' own.</summary>
    public IReadOnlyList<ScenarioDraft.ResourceRow> Resources { get; init; } = [];

    /// <summary>The project types, in file order (the order gives each its random streams).</summary>
    public IReadOnlyList<TypeRow> Types { get; init; } = [];

    /// <summary>
    /// One entry of <c>types</c>. <paramref name="Scenario"/> names a built-in scenario; when it is empty,
    /// <paramref name="Process"/> is the scenario written inline (YAML). <paramref name="Arrivals"/> is interarrival
    /// (Poisson) or fixed, every <paramref name="Every"/> days. <paramref name="Resources"/> maps the scenario's resources
    /// onto the pool's (kept as read).
    /// </summary>
    public sealed record TypeRow(string Name, string Scenario, string Process, string Policy, string Arrivals, string Every, string Priority,
        string DueAllowance, string WipCap, string Sequence, IReadOnlyDictionary<string, string> Resources);

    /// <summary>
    /// The draft of <paramref name="text"/>, a portfolio file the engine's reader has accepted (so its shape is known);
    /// <paramref name="inline"/> gives the text of a scenario file a type names, which becomes that type's inline process.
    /// </summary>
    public static PortfolioDraft From(string text, string fileName, Func<string, string?>? inline = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return new PortfolioDraft
        {
            FileName = fileName,
            Name = Scalar(root, "name"),
            Discipline = Scalar(root, "discipline"),
            WipCap = Scalar(root, "wip-cap"),
            Resources = Child(root, "resources") is YamlSequenceNode pool
                ? [.. pool.OfType<YamlMappingNode>().Select(r => new ScenarioDraft.ResourceRow(Scalar(r, "name"), Scalar(r, "capacity") is { Length: > 0 } c ? c : "1"))]
                : [],
            Types = [.. ((YamlSequenceNode)Child(root, "types")!).OfType<YamlMappingNode>().Select(t => Type(t, inline))],
        };
    }

    private static TypeRow Type(YamlMappingNode t, Func<string, string?>? inline)
    {
        var scenario = Scalar(t, "scenario");
        var process = Child(t, "process") is YamlMappingNode written ? Yaml(written) : "";
        if (scenario.Length > 0 && inline?.Invoke(scenario) is { } file)
            (scenario, process) = ("", file);
        var (kind, every) = Child(t, "arrivals") is YamlMappingNode { Children.Count: 1 } arrivals
            ? (((YamlScalarNode)arrivals.Children.First().Key).Value ?? "", (arrivals.Children.First().Value as YamlScalarNode)?.Value ?? "")
            : ("interarrival", "");
        var sequence = Child(t, "sequence") is YamlSequenceNode ids ? string.Join(", ", ids.OfType<YamlScalarNode>().Select(i => i.Value)) : "";
        var map = Child(t, "resources") is YamlMappingNode pairs
            ? pairs.Children.Where(p => p.Key is YamlScalarNode && p.Value is YamlScalarNode)
                .ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? "", p => ((YamlScalarNode)p.Value).Value ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        return new TypeRow(Scalar(t, "name"), scenario, process, Scalar(t, "policy"), kind, every, Scalar(t, "priority"), Scalar(t, "due-allowance"),
            Scalar(t, "wip-cap"), sequence, map);
    }

    /// <summary>A new type on a built-in scenario, arriving every <paramref name="every"/> days on average.</summary>
    public static TypeRow NewType(string name, string scenario, string every) =>
        new(name, scenario, "", "", "interarrival", every, "", "", "", "", new Dictionary<string, string>(StringComparer.Ordinal));

    private static YamlNode? Child(YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static string Scalar(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value ?? "";

    /// <summary>An inline process as block YAML (as the reader sees it: comments are not kept).</summary>
    private static string Yaml(YamlMappingNode node)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        var text = writer.ToString().TrimEnd();
        return (text.EndsWith("...", StringComparison.Ordinal) ? text[..^3].TrimEnd() : text) + "\n";
    }
}
