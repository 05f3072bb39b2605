using DevSim.Engine.Input;
using YamlDotNet.RepresentationModel;

namespace DevSim.Engine.Scenarios;

/// <summary>
/// Reads scenarios from YAML or JSON text (JSON is read as YAML's flow style), reporting every
/// problem with the line it stands on. The engine reads text, not files: callers read the file.
/// </summary>
public static class ScenarioReader
{
    private static readonly string[] BuiltInNames = ["optical-mouse", "optical-mouse-balanced", "optical-mouse-rows-alt", "optical-mouse-balanced-rows-alt", "strongly-coupled"];
    private static readonly string[] TopKeys = ["name", "durations", "resources", "tasks", "rework", "sequence", "staffing", "model", "precedence"];
    private static readonly string[] DurationKeys = ["distribution", "spread"];
    private static readonly string[] ResourceKeys = ["name", "capacity"];
    private static readonly string[] TaskKeys = ["id", "name", "duration", "resource"];
    private static readonly string[] ReworkKeys = ["probability", "impact"];

    /// <summary>The names of the scenarios built into the engine (the paper's two processes, each also under reading (f), and DevSim's strongly coupled test).</summary>
    public static IReadOnlyList<string> BuiltIn => BuiltInNames;

    /// <summary>Whether <paramref name="name"/> names a built-in scenario.</summary>
    public static bool IsBuiltIn(string name) => BuiltInNames.Contains(name, StringComparer.Ordinal);

    /// <summary>Loads a built-in scenario by name (see <see cref="BuiltIn"/>).</summary>
    public static Scenario LoadBuiltIn(string name) => Parse(BuiltInText(name), name);

    /// <summary>The YAML text of a built-in scenario (see <see cref="BuiltIn"/>), comments included.</summary>
    public static string BuiltInText(string name)
    {
        if (!IsBuiltIn(name))
            throw new ArgumentException($"'{name}' is not a built-in scenario ({string.Join(", ", BuiltInNames)})", nameof(name));
        using var stream = typeof(ScenarioReader).Assembly.GetManifestResourceStream($"DevSim.Engine.Scenarios.{name}.yaml")
            ?? throw new InvalidOperationException($"built-in scenario {name} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parses scenario text; throws <see cref="ScenarioException"/> with every problem, each with its line.</summary>
    /// <param name="text">YAML or JSON.</param>
    /// <param name="source">The file name to put in messages.</param>
    public static Scenario Parse(string text, string? source = null) => Scenario.Create(ParseDefinition(text, source), source);

    /// <summary>
    /// Parses and checks scenario text as <see cref="Parse"/> does, but returns the content as written (matrices in the
    /// file's orientation, each task's resource as named), for an editor that shows and writes the file back.
    /// </summary>
    /// <exception cref="ScenarioException">Every problem, each with its line.</exception>
    public static ScenarioDefinition ParseDefinition(string text, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = YamlText.LoadRoot(text, "name, durations, tasks and rework", out var syntax)
            ?? throw new ScenarioException(source, [syntax!]);
        // A portfolio named where a scenario belongs: one line saying so, not each of its keys as unknown.
        if (root.Children.ContainsKey(new YamlScalarNode("types")) && !root.Children.ContainsKey(new YamlScalarNode("tasks")))
        {
            throw new ScenarioException(source, [new InputProblem("", "a portfolio (it has types:), not a scenario: run it with devsim portfolio or devsim capacity, " +
                "or name one of its scenarios here", root.Start.Line > 0 ? (int)root.Start.Line : 1)]);
        }

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
        return definition;
    }

    /// <summary>Walks the YAML tree into a <see cref="ScenarioDefinition"/>, noting the line of every key.</summary>
    private sealed class Walker : YamlFields
    {
        public ScenarioDefinition Read(YamlMappingNode root)
        {
            var d = new ScenarioDefinition();
            Note("", root);
            UnknownKeys(root, TopKeys, "");
            d.Name = Scalar(root, "name", "name", required: true);
            if (Child(root, "durations", "durations") is YamlMappingNode durations)
            {
                UnknownKeys(durations, DurationKeys, "durations.");
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
                UnknownKeys(rework, ReworkKeys, "rework.");
                d.ReworkProbability = Matrix(rework, "probability", ScenarioKeys.Probability);
                d.ReworkImpact = Matrix(rework, "impact", ScenarioKeys.Impact);
            }
            if (Child(root, "sequence", "sequence") is { } sequence)
                d.Sequence = IntegerList(sequence, "sequence");
            if (Child(root, "staffing", "staffing") is { } staffing)
                ReadStaffing(staffing, d);
            if (Child(root, "model", "model") is YamlMappingNode model)
                ReadModel(model, d);
            else if (Child(root, "model", "model") is { } notMapping)
                Problem("model", "must be a mapping of readings (" + string.Join(", ", ModelReadings.Keys) + ")", notMapping);
            if (Child(root, "precedence", "precedence") is { } precedence)
                ReadPrecedence(precedence, d);
            return d;
        }

        /// <summary>precedence: [[a, b], ...]: each pair a list of two task ids, a before b.</summary>
        private void ReadPrecedence(YamlNode node, ScenarioDefinition d)
        {
            if (node is not YamlSequenceNode list)
            {
                Problem("precedence", "must be a list of pairs [a, b] of task ids (a is executed before b first starts)", node);
                return;
            }
            var entry = 0;
            // A pair given twice is a slip (two lists pasted together): named, and never held twice.
            var first = new Dictionary<PrecedencePair, int>();
            foreach (var item in list)
            {
                var key = ScenarioKeys.Precedence(++entry);
                Note(key, item);
                if (item is not YamlSequenceNode { Children.Count: 2 } pair)
                {
                    Problem(key, "must be a pair [a, b] of two task ids", item);
                    continue;
                }
                if (ToInteger(pair.Children[0], key) is not { } before || ToInteger(pair.Children[1], key) is not { } after)
                    continue;
                var read = new PrecedencePair(before, after);
                if (first.TryAdd(read, entry))
                    d.Precedence.Add(read);
                else
                    Problem(key, $"[{before}, {after}] is given again (first as pair {first[read]})", item);
            }
        }

        private void ReadTasks(YamlMappingNode root, ScenarioDefinition d) =>
            ForEachEntry(root, "tasks", "{ id, name, duration }", entry => ScenarioKeys.Task(entry, "id"), (task, entry) =>
            {
                UnknownKeys(task, TaskKeys, ScenarioKeys.Task(entry, ""));
                var id = Integer(task, "id", ScenarioKeys.Task(entry, "id"));
                var name = Scalar(task, "name", ScenarioKeys.Task(entry, "name"), required: false);
                var duration = Number(task, "duration", ScenarioKeys.Task(entry, "duration"));
                var resource = Scalar(task, "resource", ScenarioKeys.Task(entry, "resource"), required: false);
                d.Tasks.Add(new ScenarioDefinition.TaskEntry(id, name, duration, resource));
            });

        private void ReadModel(YamlMappingNode model, ScenarioDefinition d)
        {
            UnknownKeys(model, [.. ModelReadings.Keys], "model.");
            foreach (var key in ModelReadings.Keys)
            {
                if (Scalar(model, key, "model." + key, required: false) is not { } value)
                    continue;
                if (d.Readings.With(key, value) is { } readings)
                    d.Readings = readings;
                else
                    Problem("model." + key, $"'{value}' is not a reading; use " + string.Join(" or ", ModelReadings.ValuesOf(key)), model.Children[new YamlScalarNode(key)]);
            }
        }

        private void ReadStaffing(YamlNode node, ScenarioDefinition d)
        {
            if (node is not YamlMappingNode map)
            {
                Problem("staffing", "must map resource names to the people who staff them", node);
                return;
            }
            foreach (var (key, value) in map.Children)
            {
                var resource = (key as YamlScalarNode)?.Value ?? "";
                Note($"staffing, {resource}", key);
                if (value is YamlScalarNode { Value: { Length: > 0 } person })
                    d.Staffing[resource] = person;
                else
                    Problem($"staffing, {resource}", "must name a person", value);
            }
        }

        private void ReadResources(YamlMappingNode root, ScenarioDefinition d) =>
            ForEachEntry(root, "resources", "{ name, capacity }", entry => ScenarioKeys.Resource(entry, "name"), (resource, entry) =>
            {
                UnknownKeys(resource, ResourceKeys, ScenarioKeys.Resource(entry, ""));
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
    }
}
