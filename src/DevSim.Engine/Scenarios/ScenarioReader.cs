using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace DevSim.Engine.Scenarios;

/// <summary>
/// Reads scenarios from YAML or JSON text (JSON is read as YAML's flow style), reporting every
/// problem with the line it stands on. The engine reads text, not files: callers read the file.
/// </summary>
public static class ScenarioReader
{
    private static readonly string[] BuiltInNames = ["optical-mouse", "optical-mouse-balanced"];

    /// <summary>The names of the scenarios built into the engine (the paper's two processes).</summary>
    public static IReadOnlyList<string> BuiltIn => BuiltInNames;

    /// <summary>Whether <paramref name="name"/> names a built-in scenario.</summary>
    public static bool IsBuiltIn(string name) => BuiltInNames.Contains(name, StringComparer.Ordinal);

    /// <summary>Loads a built-in scenario by name (see <see cref="BuiltIn"/>).</summary>
    public static Scenario LoadBuiltIn(string name)
    {
        if (!IsBuiltIn(name))
            throw new ArgumentException($"'{name}' is not a built-in scenario ({string.Join(", ", BuiltInNames)})", nameof(name));
        using var stream = typeof(ScenarioReader).Assembly.GetManifestResourceStream($"DevSim.Engine.Scenarios.{name}.yaml")
            ?? throw new InvalidOperationException($"built-in scenario {name} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), name);
    }

    /// <summary>Parses scenario text; throws <see cref="ScenarioException"/> with every problem, each with its line.</summary>
    /// <param name="text">YAML or JSON.</param>
    /// <param name="source">The file name to put in messages.</param>
    public static Scenario Parse(string text, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var yaml = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            yaml.Load(parser);
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            throw new ScenarioException(source, [new ScenarioProblem("", $"malformed YAML/JSON: {Tidy(message)}", checked((int)e.Start.Line))]);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner reports some truncated input this way, without a position.
            throw new ScenarioException(source, [new ScenarioProblem("", "malformed YAML/JSON after this line: a list or mapping is not closed, or the text breaks off", parser.LastLine)]);
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            throw new ScenarioException(source, [new ScenarioProblem("", "the file must hold a mapping with name, durations, tasks and rework", 1)]);

        var walker = new Walker();
        var definition = walker.Read(root);
        var problems = walker.Problems;
        if (!Scenario.IsValid(definition, out var semantic))
        {
            // A value the walker could not read shows up again as "missing": say it once.
            var reported = problems.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(semantic
                .Where(p => !reported.Any(k => p.Key.StartsWith(k, StringComparison.Ordinal) && k.Length > 0))
                .Select(p => p with { Line = walker.LineOf(p.Key) }));
        }
        if (problems.Count > 0)
            throw new ScenarioException(source, problems.OrderBy(p => p.Line ?? int.MaxValue).ToList());
        return Scenario.Create(definition, source);
    }

    /// <summary>Remembers where the last parsed event ended, for errors that carry no position.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public ParsingEvent? Current => inner.Current;

        public int LastLine { get; private set; } = 1;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
                LastLine = checked((int)current.End.Line);
            return moved;
        }
    }

    private static string Tidy(string message) => message.Replace(Environment.NewLine, " ", StringComparison.Ordinal).Trim();

    /// <summary>Walks the YAML tree into a <see cref="ScenarioDefinition"/>, noting the line of every key.</summary>
    private sealed class Walker
    {
        private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

        public List<ScenarioProblem> Problems { get; } = [];

        public int? LineOf(string key)
        {
            // A problem on a cell falls back to its row, then its matrix, when the cell itself was not read.
            for (var k = key; k.Length > 0; k = k.Contains(", ", StringComparison.Ordinal) ? k[..k.LastIndexOf(", ", StringComparison.Ordinal)] : "")
            {
                if (_lines.TryGetValue(k, out var line))
                    return line;
            }
            return null;
        }

        public ScenarioDefinition Read(YamlMappingNode root)
        {
            var d = new ScenarioDefinition();
            Note("", root);
            d.Name = Scalar(root, "name", "name", required: true);
            if (Child(root, "durations", "durations") is YamlMappingNode durations)
            {
                d.Distribution = Scalar(durations, "distribution", "durations.distribution", required: false) ?? d.Distribution;
                d.Spread = Number(durations, "spread", "durations.spread") ?? d.Spread;
            }
            else if (Child(root, "durations", "durations") is { } other)
            {
                Problem("durations", "must be a mapping with distribution and spread", other);
            }
            ReadResources(root, d);
            ReadTasks(root, d);
            if (Child(root, "rework", "rework") is YamlMappingNode rework)
            {
                d.ReworkProbability = Matrix(rework, "probability", ScenarioKeys.Probability);
                d.ReworkImpact = Matrix(rework, "impact", ScenarioKeys.Impact);
            }
            if (Child(root, "sequence", "sequence") is { } sequence)
                d.Sequence = IntegerList(sequence, "sequence");
            return d;
        }

        private void ReadTasks(YamlMappingNode root, ScenarioDefinition d) =>
            ForEachEntry(root, "tasks", "{ id, name, duration }", entry => ScenarioKeys.Task(entry, "id"), (task, entry) =>
            {
                var id = Integer(task, "id", ScenarioKeys.Task(entry, "id"));
                var name = Scalar(task, "name", ScenarioKeys.Task(entry, "name"), required: false);
                var duration = Number(task, "duration", ScenarioKeys.Task(entry, "duration"));
                var resource = Scalar(task, "resource", ScenarioKeys.Task(entry, "resource"), required: false);
                d.Tasks.Add(new ScenarioDefinition.TaskEntry(id, name, duration, resource));
            });

        private void ReadResources(YamlMappingNode root, ScenarioDefinition d) =>
            ForEachEntry(root, "resources", "{ name, capacity }", entry => ScenarioKeys.Resource(entry, "name"), (resource, entry) =>
            {
                var name = Scalar(resource, "name", ScenarioKeys.Resource(entry, "name"), required: true);
                var capacityKey = ScenarioKeys.Resource(entry, "capacity");
                var capacity = Child(resource, "capacity", capacityKey) is null ? 1 : Integer(resource, "capacity", capacityKey) ?? 1;
                d.Resources.Add(new ScenarioDefinition.ResourceEntry(name, capacity));
            });

        /// <summary>Walks an optional list of mappings under <paramref name="key"/>, reporting entries of the wrong shape.</summary>
        private void ForEachEntry(YamlMappingNode root, string key, string shape, Func<int, string> entryKey, Action<YamlMappingNode, int> read)
        {
            var node = Child(root, key, key);
            if (node is null)
                return; // absent: the validator decides whether that is a problem
            if (node is not YamlSequenceNode list)
            {
                Problem(key, $"must be a list of {shape}", node);
                return;
            }
            var entry = 0;
            foreach (var item in list)
            {
                entry++;
                if (item is not YamlMappingNode mapping)
                {
                    Problem(entryKey(entry), $"each entry must be a mapping {shape}", item);
                    continue;
                }
                Note(entryKey(entry), mapping);
                read(mapping, entry);
            }
        }

        private List<IList<double>>? Matrix(YamlMappingNode parent, string name, string key)
        {
            var rows = new List<IList<double>>();
            var node = Child(parent, name, key);
            if (node is null)
                return null; // the validator reports it missing
            if (node is not YamlSequenceNode list)
            {
                Problem(key, "must be a list of rows, each a list of n numbers", node);
                return rows;
            }
            var i = 0;
            foreach (var rowNode in list)
            {
                i++;
                var row = new List<double>();
                rows.Add(row);
                Note(ScenarioKeys.Row(key, i), rowNode);
                if (rowNode is not YamlSequenceNode cells)
                {
                    Problem(ScenarioKeys.Row(key, i), "must be a list of numbers", rowNode);
                    continue;
                }
                var j = 0;
                foreach (var cell in cells)
                {
                    j++;
                    var cellKey = ScenarioKeys.Cell(key, i, j);
                    Note(cellKey, cell);
                    row.Add(ToNumber(cell, cellKey) ?? 0);
                }
            }
            return rows;
        }

        private List<int>? IntegerList(YamlNode node, string key)
        {
            if (node is not YamlSequenceNode list)
            {
                Problem(key, "must be a list of task ids", node);
                return null;
            }
            var ids = new List<int>();
            foreach (var item in list)
            {
                if (ToInteger(item, key) is { } id)
                    ids.Add(id);
                else
                    return null;
            }
            return ids;
        }

        private YamlNode? Child(YamlMappingNode parent, string name, string key)
        {
            if (!parent.Children.TryGetValue(new YamlScalarNode(name), out var node))
                return null;
            Note(key, node);
            return node;
        }

        private string? Scalar(YamlMappingNode parent, string name, string key, bool required)
        {
            var node = Child(parent, name, key);
            if (node is null)
            {
                if (required)
                    Problem(key, "missing", parent);
                return null;
            }
            if (node is YamlScalarNode scalar)
                return scalar.Value;
            Problem(key, "must be a single value", node);
            return null;
        }

        private double? Number(YamlMappingNode parent, string name, string key)
        {
            var node = Child(parent, name, key);
            return node is null ? null : ToNumber(node, key);
        }

        private int? Integer(YamlMappingNode parent, string name, string key)
        {
            var node = Child(parent, name, key);
            if (node is null)
                return null;
            return ToInteger(node, key);
        }

        private double? ToNumber(YamlNode node, string key)
        {
            if (node is YamlScalarNode { Value: { } text })
            {
                switch (text.Trim().ToLowerInvariant())
                {
                    case ".nan" or "nan": return double.NaN;
                    case ".inf" or "+.inf" or "inf" or "infinity": return double.PositiveInfinity;
                    case "-.inf" or "-inf" or "-infinity": return double.NegativeInfinity;
                }
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                    return value;
                Problem(key, $"'{text}' is not a number", node);
                return null;
            }
            Problem(key, "must be a number", node);
            return null;
        }

        private int? ToInteger(YamlNode node, string key)
        {
            if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                return value;
            Problem(key, $"'{(node as YamlScalarNode)?.Value ?? node.NodeType.ToString()}' is not a whole number", node);
            return null;
        }

        private void Note(string key, YamlNode node) => _lines.TryAdd(key, checked((int)node.Start.Line));

        private void Problem(string key, string message, YamlNode node) =>
            Problems.Add(new ScenarioProblem(key, message, checked((int)node.Start.Line)));
    }
}
