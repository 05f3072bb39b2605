using System.Globalization;
using DevSim.Engine.Experiments;
using DevSim.Engine.Input;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace DevSim.Engine.Portfolios;

/// <summary>
/// Reads portfolio files (YAML or JSON; docs/model.md#project-types): the pool, the discipline, the
/// WIP cap and the types. Every problem is reported at once with its line and key, unknown keys
/// with the nearest known one. Scenarios are built-in names, files relative to the portfolio file
/// (through the caller's resolver; the engine reads no files) or an inline <c>process:</c>.
/// </summary>
public static class PortfolioReader
{
    private static readonly string[] TopKeys = ["name", "resources", "discipline", "wip-cap", "types"];

    private static readonly string[] TypeKeys =
        ["name", "scenario", "process", "resources", "sequence", "policy", "arrivals", "priority", "due-allowance", "wip-cap"];

    private static readonly string[] ArrivalKeys = ["interarrival", "fixed", "trace"];

    /// <summary>Parses portfolio text.</summary>
    /// <param name="text">YAML or JSON.</param>
    /// <param name="source">The file name to put in messages.</param>
    /// <param name="resolver">The text of a scenario file the portfolio names, or null when there is none (built-in names are tried then).</param>
    /// <param name="traces">The arrival times of a trace file the portfolio names; throws with a message when it cannot.</param>
    /// <exception cref="PortfolioException">The text is invalid; every problem is listed.</exception>
    public static Portfolio Parse(string text, string? source = null, ScenarioFileResolver? resolver = null, Func<string, IReadOnlyList<double>>? traces = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = YamlText.LoadRoot(text, "resources, discipline and types", out var syntax) ?? throw new PortfolioException(source, [syntax!]);
        // A scenario named where a portfolio belongs: one line saying so, not each of its keys as unknown.
        if (root.Children.ContainsKey(new YamlScalarNode("tasks")) && !root.Children.ContainsKey(new YamlScalarNode("types")))
        {
            throw new PortfolioException(source, [new InputProblem("", "a scenario (it has tasks:), not a portfolio: run it with devsim simulate, " +
                "or name it as a type's scenario: in a portfolio", root.Start.Line > 0 ? (int)root.Start.Line : 1)]);
        }
        var walker = new Walker(text, resolver ?? (_ => null), traces);
        var portfolio = walker.Read(root, source);
        if (walker.Problems.Count > 0 || portfolio is null)
            throw new PortfolioException(source, [.. walker.Problems.OrderBy(p => p.Line ?? int.MaxValue)]);
        return portfolio;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is meant as a portfolio rather than a scenario: a YAML or JSON mapping with a top-level
    /// <c>types</c> key (a scenario has none). Malformed text is not a portfolio: the scenario reader then says what is wrong.
    /// </summary>
    public static bool IsPortfolio(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return YamlText.LoadRoot(text, "types", out _) is { } root && root.Children.ContainsKey(new YamlScalarNode("types"));
    }

    /// <summary>The most pool resources a message about a resource missing from the pool lists.</summary>
    private const int PoolNamesShown = 12;

    private sealed class Walker(string text, ScenarioFileResolver resolver, Func<string, IReadOnlyList<double>>? traces) : YamlFields
    {
        public Portfolio? Read(YamlMappingNode root, string? source)
        {
            UnknownKeys(root, TopKeys, "");
            var name = Scalar(root, "name", "name", required: false) ?? (source is null ? "portfolio" : Path.GetFileNameWithoutExtension(source));
            var pool = ReadPool(root);
            var disciplineText = Scalar(root, "discipline", "discipline", required: false);
            var discipline = QueueDiscipline.Fifo;
            if (disciplineText is not null)
            {
                if (QueueDisciplineRegistry.Parse(disciplineText) is { } parsed)
                    discipline = parsed;
                else
                    Problem("discipline", Unknown(disciplineText, QueueDisciplineRegistry.All), root.Children[new YamlScalarNode("discipline")]);
            }
            var cap = Integer(root, "wip-cap", "wip-cap");
            if (cap is < 1)
                Problem("wip-cap", $"{cap} must be at least 1", root.Children[new YamlScalarNode("wip-cap")]);
            var types = ReadTypes(root);
            if (types is null || types.Count == 0)
                return null;
            var portfolio = new Portfolio
            {
                Name = name,
                Pool = pool ?? Portfolio.UnionOf(types.Select(t => t.Type)),
                Types = [.. types.Select(t => t.Type)],
                Discipline = discipline,
                WipCap = cap,
            };
            CheckPool(portfolio, types, pool is not null);
            return Problems.Count > 0 ? null : portfolio;
        }

        private static string Unknown(string text, IReadOnlyList<string> known) =>
            NearestKey.For(text, known) is { } nearest
                ? $"'{text}' is not one of {string.Join(", ", known)}; did you mean '{nearest}'?"
                : $"'{text}' is not one of {string.Join(", ", known)}";

        private ResourcePool? ReadPool(YamlMappingNode root)
        {
            var node = Child(root, "resources", "resources");
            if (node is null)
                return null;
            if (node is not YamlSequenceNode list)
            {
                Problem("resources", "must be a list of { name, capacity }", node);
                return null;
            }
            var resources = new List<ResourceDefinition>();
            var entry = 0;
            foreach (var item in list)
            {
                entry++;
                var key = $"resources, entry {entry}";
                if (item is not YamlMappingNode map)
                {
                    Problem(key, "must be { name, capacity }", item);
                    continue;
                }
                UnknownKeys(map, ["name", "capacity"], key + ", ");
                var name = Scalar(map, "name", key + ", name", required: true);
                var capacity = Integer(map, "capacity", key + ", capacity") ?? 1;
                if (capacity < 1)
                    Problem(key + ", capacity", $"{capacity} must be at least 1", map);
                if (name is null)
                    continue;
                if (resources.Any(r => r.Name == name))
                    Problem(key + ", name", $"the pool names '{name}' twice", map);
                else
                    resources.Add(new ResourceDefinition(name, Math.Max(1, capacity)));
            }
            if (resources.Count == 0)
            {
                if (entry == 0)
                    Problem("resources", "the list is empty: list the pool's resources or leave the key out to take the types' own", node);
                return null;
            }
            return new ResourcePool(resources);
        }

        private List<(ProjectType Type, YamlMappingNode Node, string Key)>? ReadTypes(YamlMappingNode root)
        {
            var node = Child(root, "types", "types");
            if (node is not YamlSequenceNode list || list.Children.Count == 0)
            {
                Problem("types", node is null ? "missing: list the project types" : "must be a non-empty list of types", node ?? root);
                return null;
            }
            var types = new List<(ProjectType, YamlMappingNode, string)>();
            var entry = 0;
            foreach (var item in list)
            {
                entry++;
                if (item is not YamlMappingNode map)
                {
                    Problem($"types, entry {entry}", "must be a mapping with name, scenario, arrivals, ...", item);
                    continue;
                }
                var typeName = (map.Children.TryGetValue(new YamlScalarNode("name"), out var n) ? (n as YamlScalarNode)?.Value : null) ?? $"entry {entry}";
                var key = $"types, {typeName}";
                if (ReadType(map, key) is { } type)
                {
                    if (types.Any(t => t.Item1.Name == type.Name))
                        Problem(key + ", name", $"another type is also named '{type.Name}'; names label the results, so they must differ", map);
                    else
                        types.Add((type, map, key));
                }
            }
            return types;
        }

        private ProjectType? ReadType(YamlMappingNode map, string key)
        {
            UnknownKeys(map, TypeKeys, key + ", ");
            var name = Scalar(map, "name", key + ", name", required: true);
            var scenario = ReadScenario(map, key);
            var resourceMap = ReadMap(map, key);
            List<int>? sequence = null;
            if (Child(map, "sequence", key + ", sequence") is { } seqNode)
            {
                if (seqNode is YamlSequenceNode ids)
                    sequence = [.. ids.Select(i => ToInteger(i, key + ", sequence") ?? 0)];
                else
                    Problem(key + ", sequence", "must be a list of task ids", seqNode);
            }
            var policy = SequencingPolicy.Static;
            if (Scalar(map, "policy", key + ", policy", required: false) is { } policyText)
            {
                if (SequencingPolicyRegistry.Parse(policyText) is { } parsed)
                    policy = parsed;
                else
                    Problem(key + ", policy", Unknown(policyText, SequencingPolicyRegistry.All), map.Children[new YamlScalarNode("policy")]);
            }
            var arrivals = ReadArrivals(map, key);
            var priority = Integer(map, "priority", key + ", priority") ?? 0;
            var due = Number(map, "due-allowance", key + ", due-allowance");
            if (due is { } d && (!(d >= 0) || double.IsInfinity(d)))
                Problem(key + ", due-allowance", $"{d.ToString(CultureInfo.InvariantCulture)} must be a finite number of days of 0 or more", map.Children[new YamlScalarNode("due-allowance")]);
            var cap = Integer(map, "wip-cap", key + ", wip-cap");
            if (cap is < 1)
                Problem(key + ", wip-cap", $"{cap} must be at least 1", map.Children[new YamlScalarNode("wip-cap")]);
            if (name is null || scenario is null || arrivals is null)
                return null;
            if (sequence is not null)
            {
                try
                {
                    scenario.CheckSequence(sequence, key + ", sequence");
                }
                catch (ScenarioException e)
                {
                    foreach (var p in e.Problems)
                        Problem(key + ", sequence", p.Message, map.Children[new YamlScalarNode("sequence")]);
                }
            }
            return new ProjectType
            {
                Name = name,
                Scenario = scenario,
                ResourceMap = resourceMap,
                Sequence = sequence,
                Policy = policy,
                Arrivals = arrivals,
                Priority = priority,
                DueAllowance = due,
                WipCap = cap,
            };
        }

        private Scenario? ReadScenario(YamlMappingNode map, string key)
        {
            var reference = Child(map, "scenario", key + ", scenario");
            var inline = Child(map, "process", key + ", process");
            if (reference is not null && inline is not null)
            {
                Problem(key + ", process", "give either scenario or process, not both", inline);
                return null;
            }
            if (inline is not null)
            {
                if (inline is not YamlMappingNode block)
                {
                    Problem(key + ", process", "must be a scenario written inline (a mapping with tasks, rework-probability, ...)", inline);
                    return null;
                }
                return ParseInline(block, $"{key}, process");
            }
            if (reference is not YamlScalarNode { Value: { Length: > 0 } name })
            {
                Problem(key + ", scenario", reference is null ? "missing: a built-in scenario, a scenario file, or process: inline" : "must be a scenario name or file path", reference ?? map);
                return null;
            }
            string? text;
            try
            {
                text = resolver(name);
            }
            catch (IOException e)
            {
                Problem(key + ", scenario", $"cannot read '{name}': {e.Message}", reference);
                return null;
            }
            if (text is null)
            {
                if (ScenarioReader.IsBuiltIn(name))
                    return ScenarioReader.LoadBuiltIn(name);
                var nearest = NearestKey.For(name, ScenarioReader.BuiltIn);
                Problem(key + ", scenario", $"'{name}' is neither a scenario file nor a built-in scenario ({string.Join(", ", ScenarioReader.BuiltIn)})" +
                    (nearest is null ? "" : $"; did you mean '{nearest}'?"), reference);
                return null;
            }
            return Parse(text, name, reference);
        }

        private Scenario? Parse(string text, string label, YamlNode node)
        {
            try
            {
                return ScenarioReader.Parse(text, label);
            }
            catch (ScenarioException e)
            {
                Problem(label, $"the scenario is invalid: {string.Join("; ", e.Lines)}", node);
                return null;
            }
        }

        /// <summary>
        /// A type's inline scenario, read from the portfolio's own text where it stands (earlier lines blanked, its column
        /// kept), so that each of its problems is one of the portfolio's, at the portfolio's line under the type's key.
        /// </summary>
        private Scenario? ParseInline(YamlMappingNode inline, string key)
        {
            var start = checked((int)inline.Start.Index);
            // An alias to a node outside the block (anchors come first) cannot be read from the block's text alone: the
            // block written out on its own, its lines then no longer the file's.
            if (inline.AllNodes.Any(n => n.Start.Index < start) || EndOf(start) is not { } end)
            {
                var writer = new StringWriter(CultureInfo.InvariantCulture);
                new YamlStream(new YamlDocument(inline)).Save(writer, assignAnchors: false);
                return Parse(writer.ToString(), key, inline);
            }
            var scenarioText = new string('\n', checked((int)inline.Start.Line) - 1) + new string(' ', checked((int)inline.Start.Column) - 1) + text[start..end];
            try
            {
                return ScenarioReader.Parse(scenarioText, key);
            }
            catch (ScenarioException e)
            {
                foreach (var p in e.Problems)
                    Problem(p.Key.Length == 0 ? key : $"{key}, {p.Key}", p.Message, p.Line ?? checked((int)inline.Start.Line));
                return null;
            }
        }

        /// <summary>Where the mapping starting at <paramref name="start"/> in the text ends (the representation model keeps only its start).</summary>
        private int? EndOf(int start)
        {
            var parser = new Parser(new StringReader(text));
            var depth = 0;
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                if (depth == 0 && !(e is MappingStart && e.Start.Index == start))
                    continue;
                if (e is MappingStart or SequenceStart)
                    depth++;
                else if (e is MappingEnd or SequenceEnd && --depth == 0)
                {
                    // A block mapping ends where the next token starts; a flow mapping's end is its '}', which belongs to it.
                    var end = checked((int)e.End.Index);
                    return end < text.Length && text[end] == '}' ? end + 1 : end;
                }
            }
            return null;
        }

        private Dictionary<string, string> ReadMap(YamlMappingNode map, string key)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            if (Child(map, "resources", key + ", resources") is not { } node)
                return result;
            if (node is not YamlMappingNode pairs)
            {
                Problem(key + ", resources", "must map the scenario's resources onto the pool: { scenario resource: pool resource }", node);
                return result;
            }
            foreach (var (from, to) in pairs.Children)
            {
                if (from is YamlScalarNode { Value: { } f } && to is YamlScalarNode { Value: { } t })
                    result[f] = t;
                else
                    Problem(key + ", resources", "each entry maps one resource name to one pool resource name", from);
            }
            return result;
        }

        private IArrivalProcess? ReadArrivals(YamlMappingNode map, string key)
        {
            var node = Child(map, "arrivals", key + ", arrivals");
            if (node is not YamlMappingNode arrivals || arrivals.Children.Count != 1)
            {
                Problem(key + ", arrivals", "must be one of { interarrival: days } (Poisson), { fixed: days } or { trace: file.csv }", node ?? map);
                return null;
            }
            UnknownKeys(arrivals, ArrivalKeys, key + ", arrivals, ");
            var (kindNode, valueNode) = arrivals.Children.First();
            var kind = (kindNode as YamlScalarNode)?.Value;
            if (kind is "interarrival" or "fixed")
            {
                if (ToNumber(valueNode, $"{key}, arrivals, {kind}") is not { } mean)
                    return null;
                if (!(mean > 0) || double.IsInfinity(mean))
                {
                    Problem($"{key}, arrivals, {kind}", $"{mean.ToString(CultureInfo.InvariantCulture)} must be a positive number of days", valueNode);
                    return null;
                }
                if (mean > TimeScales.MaxTime)
                {
                    Problem($"{key}, arrivals, {kind}", $"{TimeScales.G(mean)} days is more than the longest time DevSim takes ({TimeScales.G(TimeScales.MaxTime)} days)", valueNode);
                    return null;
                }
                return kind == "fixed" ? new FixedArrivals(mean) : new PoissonArrivals(mean);
            }
            if (kind == "trace")
            {
                if (valueNode is not YamlScalarNode { Value: { Length: > 0 } path } || traces is null)
                {
                    Problem(key + ", arrivals, trace", "must name a CSV file of arrival times", valueNode);
                    return null;
                }
                try
                {
                    return new TraceArrivals(traces(path));
                }
                catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException or InputFileException)
                {
                    Problem(key + ", arrivals, trace", e.Message, valueNode);
                }
            }
            return null;
        }

        /// <summary>Every scenario resource must land on a pool resource; a map must name the type's own resources and the pool's.</summary>
        private void CheckPool(Portfolio portfolio, List<(ProjectType Type, YamlMappingNode Node, string Key)> types, bool explicitPool)
        {
            foreach (var (type, node, key) in types)
            {
                var mapNode = node.Children.TryGetValue(new YamlScalarNode("resources"), out var m) ? m : node;
                foreach (var from in type.ResourceMap.Keys.Where(k => type.Scenario.Resources.All(r => r.Name != k)))
                {
                    var nearest = NearestKey.For(from, type.Scenario.Resources.Select(r => r.Name));
                    Problem(key + ", resources", $"'{from}' is not a resource of scenario '{type.Scenario.Name}'" + (nearest is null ? "" : $"; did you mean '{nearest}'?"), mapNode);
                }
                if (!explicitPool)
                    continue;
                foreach (var r in type.Scenario.Resources)
                {
                    var pooled = type.PoolResource(r.Name);
                    if (portfolio.Pool.IndexOf(pooled) >= 0)
                        continue;
                    var mapped = pooled != r.Name ? $" (mapped to '{pooled}')" : "";
                    var nearest = NearestKey.For(pooled, portfolio.Pool.Resources.Select(p => p.Name));
                    var pool = portfolio.Pool.Resources.Count <= PoolNamesShown
                        ? $" (the pool: {string.Join(", ", portfolio.Pool.Resources.Select(p => $"'{p.Name}'"))})" : "";
                    Problem(key + ", resources", $"resource '{r.Name}'{mapped} is not in the pool; add it to resources or map it onto a pool resource" +
                        (nearest is null ? pool : $"; did you mean '{nearest}'?"), mapNode);
                }
            }
        }
    }
}
