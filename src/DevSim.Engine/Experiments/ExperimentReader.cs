using System.Globalization;
using DevSim.Engine.Input;
using DevSim.Engine.Optimization;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using YamlDotNet.RepresentationModel;

namespace DevSim.Engine.Experiments;

/// <summary>
/// Reads experiment files (YAML or JSON). Every problem is reported with its line, including keys
/// the format does not know (a misspelt key would otherwise be ignored silently). Scenarios are
/// built-in names or scenario files relative to the experiment file.
/// </summary>
public static class ExperimentReader
{
    private static readonly string[] TopKeys =
        ["name", "seed", "scenarios", "sequences", "policies", "arrivals", "interarrival", "projects", "warmup", "replications", "max-in-system", "search"];

    /// <summary>The keys of a portfolio sweep (docs/model.md#portfolio-sweeps).</summary>
    private static readonly string[] PortfolioTopKeys =
        ["name", "seed", "portfolios", "discipline", "wip-cap", "load-factor", "projects", "warmup", "replications", "max-in-system"];

    /// <summary>Keys of a scenario sweep that a portfolio sweep takes from its portfolio files instead.</summary>
    private static readonly string[] ScenarioOnlyKeys = ["sequences", "policies", "arrivals", "interarrival", "search"];

    /// <summary>The grid axes of a portfolio sweep (docs/model.md#portfolio-sweeps).</summary>
    private static readonly string[] PortfolioOnlyKeys = ["discipline", "wip-cap", "load-factor"];

    /// <summary>The YAML key of each property of <see cref="Experiment"/> (and of its search settings) whose problems its Validate reports.</summary>
    private static readonly Dictionary<string, string> YamlKeys = new(StringComparer.Ordinal)
    {
        [nameof(Experiment.Projects)] = "projects",
        [nameof(Experiment.Warmup)] = "warmup",
        [nameof(Experiment.Replications)] = "replications",
        [nameof(Experiment.MaxProjectsInSystem)] = "max-in-system",
        [Experiment.SearchKey(nameof(GeneticAlgorithmOptions.Replications))] = "search.replications",
        [Experiment.SearchKey(nameof(GeneticAlgorithmOptions.RaceReplications))] = "search.race-replications",
        [Experiment.SearchKey(nameof(GeneticAlgorithmOptions.FinalReplications))] = "search.final-replications",
        [Experiment.SearchKey(nameof(GeneticAlgorithmOptions.Populations))] = "search.populations",
        [Experiment.SearchKey(nameof(GeneticAlgorithmOptions.PopulationSize))] = "search.population-size",
        [Experiment.SearchKey(nameof(GeneticAlgorithmOptions.MaxGenerations))] = "search.max-generations",
    };

    private static readonly string[] SearchKeys =
        ["replications", "race-replications", "final-replications", "populations", "population-size", "max-generations"];

    /// <summary>Parses experiment text; the engine reads no files, so scenario files named inside come from <paramref name="resolver"/>.</summary>
    /// <param name="text">YAML or JSON.</param>
    /// <param name="source">The file name to put in messages.</param>
    /// <param name="resolver">The text of a scenario file the experiment names, or null when there is none (then built-in names are tried); null resolves every name to a built-in scenario.</param>
    /// <param name="portfolios">The portfolio a <c>portfolios:</c> entry names, or null when there is no such file; null when the caller reads no portfolios.</param>
    /// <exception cref="ExperimentException">The text is invalid; every problem is listed.</exception>
    public static Experiment Parse(string text, string? source = null, ScenarioFileResolver? resolver = null, PortfolioFileResolver? portfolios = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = YamlText.LoadRoot(text, "scenarios, policies, interarrival and replications", out var syntax)
            ?? throw new ExperimentException(source, [syntax!]);
        var walker = new Walker(resolver ?? (_ => null), portfolios ?? (_ => null));
        var experiment = root.Children.ContainsKey(new YamlScalarNode("portfolios")) ? walker.ReadPortfolioSweep(root, source) : walker.Read(root, source);
        if (walker.Problems.Count > 0 || experiment is null)
            throw new ExperimentException(source, [.. walker.Problems.OrderBy(p => p.Line ?? int.MaxValue)]);
        return experiment;
    }

    private sealed class Walker(ScenarioFileResolver resolver, PortfolioFileResolver portfolioResolver) : YamlFields
    {
        public Experiment? Read(YamlMappingNode root, string? source)
        {
            OtherKindKeys(root, PortfolioOnlyKeys, "is an axis of a portfolio sweep: list portfolios, or leave it out (a scenario's queues are fifo and uncapped)");
            UnknownKeys(Without(root, PortfolioOnlyKeys), TopKeys, "");
            var scenarios = ReadScenarios(root);
            var arrivals = ReadArrivals(root);
            var interarrivals = ReadInterarrivals(root, arrivals);
            var policies = ReadPolicies(root, arrivals);
            var sequences = ReadSequences(root, scenarios);
            var run = ReadRun(root, source);
            var search = ReadSearch(root);
            if (Problems.Count > 0 || scenarios is null || interarrivals is null || policies is null || sequences is null)
                return null;
            return Checked(run with
            {
                Scenarios = scenarios,
                Sequences = sequences,
                Policies = policies,
                Arrivals = arrivals,
                Interarrivals = interarrivals,
                Search = search,
            });
        }

        /// <summary>A portfolio sweep (docs/model.md#portfolio-sweeps): portfolio files × discipline × WIP cap × load factor.</summary>
        public Experiment? ReadPortfolioSweep(YamlMappingNode root, string? source)
        {
            OtherKindKeys(root, ["scenarios"], "an experiment sweeps scenarios or portfolios, not both: put the scenarios in an experiment of their own");
            OtherKindKeys(root, ScenarioOnlyKeys, "a portfolio sweep takes this from each type in its portfolio files; leave it out");
            UnknownKeys(Without(root, ["scenarios", .. ScenarioOnlyKeys]), PortfolioTopKeys, "");
            var portfolios = ReadPortfolios(root);
            var disciplines = ReadDisciplines(root);
            var caps = ReadWipCaps(root);
            var factors = ReadLoadFactors(root);
            var run = ReadRun(root, source);
            if (Problems.Count > 0 || portfolios is null || factors is null)
                return null;
            return Checked(run with { Portfolios = portfolios, Disciplines = disciplines, WipCaps = caps, LoadFactors = factors });
        }

        /// <summary>Keys of the other kind of sweep, each with <paramref name="message"/> (rather than "unknown key").</summary>
        private void OtherKindKeys(YamlMappingNode root, IEnumerable<string> keys, string message)
        {
            foreach (var key in keys.Where(k => root.Children.ContainsKey(new YamlScalarNode(k))))
                Problem(key, message, root.Children[new YamlScalarNode(key)]);
        }

        private static YamlMappingNode Without(YamlMappingNode root, IReadOnlyList<string> keys) =>
            new(root.Children.Where(p => !keys.Contains((p.Key as YamlScalarNode)?.Value ?? "", StringComparer.Ordinal)));

        /// <summary>The settings both kinds of sweep share: name, seed, projects, warm-up, replications, the in-system bound.</summary>
        private Experiment ReadRun(YamlMappingNode root, string? source) => new()
        {
            Name = Scalar(root, "name", "name", required: false) ?? (source is null ? "experiment" : Path.GetFileNameWithoutExtension(source)),
            Projects = Integer(root, "projects", "projects") ?? SimulationOptions.DefaultProjects,
            Warmup = Integer(root, "warmup", "warmup"),
            Replications = Integer(root, "replications", "replications") ?? SimulationOptions.DefaultReplications,
            MaxProjectsInSystem = Integer(root, "max-in-system", "max-in-system") ?? SimulationOptions.DefaultMaxProjectsInSystem,
            Seed = ReadSeed(root),
        };

        /// <summary>The experiment when its settings are valid; the rules live in the records, only the YAML names of their keys live here.</summary>
        private Experiment? Checked(Experiment experiment)
        {
            foreach (var problem in experiment.Validate())
            {
                var key = YamlKeys.TryGetValue(problem.Key, out var yaml) ? yaml : problem.Key;
                Problems.Add(problem with { Key = key, Line = LineOf(key) });
            }
            return Problems.Count > 0 ? null : experiment;
        }

        private List<Portfolio> ReadPortfolios(YamlMappingNode root) =>
            ReadNamed(Child(root, "portfolios", "portfolios")!, "portfolios", "portfolio", "must be a portfolio file path, relative to this file", LoadPortfolio, p => p.Name);

        private Portfolio? LoadPortfolio(string reference, string key, YamlNode node)
        {
            try
            {
                if (portfolioResolver(reference) is { } portfolio)
                    return portfolio;
                Problem(key, $"'{reference}' is not a portfolio file (paths are relative to this experiment file)", node);
            }
            catch (IOException e)
            {
                Problem(key, $"cannot read '{reference}': {e.Message}", node);
            }
            catch (PortfolioException e)
            {
                Problem(key, $"the portfolio is invalid: {string.Join("; ", e.Lines)}", node);
            }
            return null;
        }

        private List<QueueDiscipline>? ReadDisciplines(YamlMappingNode root)
        {
            var node = Child(root, "discipline", "discipline");
            if (node is null)
                return null;
            var disciplines = new List<QueueDiscipline>();
            var items = node is YamlSequenceNode list ? list.Children.ToList() : [node];
            foreach (var item in items)
            {
                var text = (item as YamlScalarNode)?.Value;
                if (QueueDisciplineRegistry.Parse(text) is not { } discipline)
                    Problem("discipline", NotOneOf(text ?? item.NodeType.ToString(), QueueDisciplineRegistry.All), item);
                else if (disciplines.Contains(discipline))
                    Problem("discipline", $"{text} is listed twice", item);
                else
                    disciplines.Add(discipline);
            }
            if (items.Count == 0)
                Problem("discipline", "the list is empty", node);
            return disciplines;
        }

        private List<int?>? ReadWipCaps(YamlMappingNode root)
        {
            var node = Child(root, "wip-cap", "wip-cap");
            if (node is null)
                return null;
            var caps = new List<int?>();
            var items = node is YamlSequenceNode list ? list.Children.ToList() : [node];
            foreach (var item in items)
            {
                int? cap;
                if (item is YamlScalarNode { Value: "none" })
                    cap = null;
                else if (item is YamlScalarNode { Value: { } text } && NumberText.TryParseWhole(text, 1, int.MaxValue, out var whole, out _))
                    cap = (int)whole;
                else
                {
                    Problem("wip-cap", $"'{(item as YamlScalarNode)?.Value ?? item.NodeType.ToString()}' must be none or a whole number of projects of 1 or more", item);
                    continue;
                }
                if (caps.Contains(cap))
                    Problem("wip-cap", $"{cap?.ToString(CultureInfo.InvariantCulture) ?? "none"} is listed twice", item);
                else
                    caps.Add(cap);
            }
            if (items.Count == 0)
                Problem("wip-cap", "the list is empty", node);
            return caps;
        }

        private List<double>? ReadLoadFactors(YamlMappingNode root) =>
            Child(root, "load-factor", "load-factor") is { } node ? ReadGrid(node, "load-factor", "a positive factor") : [1];

        private static string NotOneOf(string text, IReadOnlyList<string> known) =>
            NearestKey.For(text, known) is { } nearest
                ? $"'{text}' is not one of {string.Join(", ", known)}; did you mean '{nearest}'?"
                : $"'{text}' is not one of {string.Join(", ", known)}";

        private List<Scenario>? ReadScenarios(YamlMappingNode root)
        {
            var node = Child(root, "scenarios", "scenarios");
            if (node is null)
            {
                Problem("scenarios", $"missing: list built-in scenarios ({string.Join(", ", ScenarioReader.BuiltIn)}) or scenario files", root);
                return null;
            }
            return ReadNamed(node, "scenarios", "scenario", "must be a built-in scenario name or a scenario file path", LoadScenario, s => s.Name);
        }

        /// <summary>
        /// A list of files (or built-in names) under <paramref name="list"/>, each loaded by <paramref name="load"/>;
        /// their names label the results, so two of one name are refused.
        /// </summary>
        private List<T> ReadNamed<T>(YamlNode node, string list, string kind, string shape, Func<string, string, YamlNode, T?> load, Func<T, string> name)
            where T : class
        {
            var items = node is YamlSequenceNode sequence ? sequence.Children.ToList() : [node];
            var loaded = new List<T>();
            var entry = 0;
            foreach (var item in items)
            {
                entry++;
                var key = $"{list}, entry {entry}";
                if (item is not YamlScalarNode { Value: { Length: > 0 } reference })
                {
                    Problem(key, shape, item);
                    continue;
                }
                if (load(reference, key, item) is not { } one)
                    continue;
                if (loaded.Any(x => name(x) == name(one)))
                    Problem(key, $"another {kind} is also named '{name(one)}'; names label the results, so they must differ", item);
                else
                    loaded.Add(one);
            }
            if (items.Count == 0)
                Problem(list, "the list is empty", node);
            return loaded;
        }

        private Scenario? LoadScenario(string reference, string key, YamlNode node)
        {
            string? text;
            try
            {
                text = resolver(reference);
            }
            catch (IOException e)
            {
                Problem(key, $"cannot read '{reference}': {e.Message}", node);
                return null;
            }
            if (text is null)
            {
                if (ScenarioReader.IsBuiltIn(reference))
                    return ScenarioReader.LoadBuiltIn(reference);
                Problem(key, $"'{reference}' is neither a scenario file nor a built-in scenario ({string.Join(", ", ScenarioReader.BuiltIn)})", node);
                return null;
            }
            try
            {
                return ScenarioReader.Parse(text, reference);
            }
            catch (ScenarioException e)
            {
                Problem(key, $"the scenario is invalid: {string.Join("; ", e.Lines)}", node);
            }
            return null;
        }

        private ArrivalPattern ReadArrivals(YamlMappingNode root)
        {
            var text = Scalar(root, "arrivals", "arrivals", required: false);
            switch (text)
            {
                case null or "poisson": return ArrivalPattern.Poisson;
                case "fixed": return ArrivalPattern.Fixed;
                case "isolated": return ArrivalPattern.Isolated;
                default:
                    Problem("arrivals", $"'{text}' is not one of poisson, fixed, isolated", root.Children[new YamlScalarNode("arrivals")]);
                    return ArrivalPattern.Poisson;
            }
        }

        private List<double>? ReadInterarrivals(YamlMappingNode root, ArrivalPattern arrivals)
        {
            var node = Child(root, "interarrival", "interarrival");
            if (arrivals == ArrivalPattern.Isolated)
            {
                if (node is not null)
                    Problem("interarrival", "isolated projects do not arrive over time: leave interarrival out", node);
                return [];
            }
            if (node is null)
            {
                Problem("interarrival", "missing: a mean interarrival time in days, a list of them, or a range { from, to, step }", root);
                return null;
            }
            return ReadGrid(node, "interarrival", "a positive number of days");
        }

        /// <summary>A grid axis of positive numbers: one, a list, or a range { from, to, step }; <paramref name="what"/> says what a value must be.</summary>
        private List<double>? ReadGrid(YamlNode node, string key, string what)
        {
            var values = new List<double>();
            if (node is YamlMappingNode range)
            {
                UnknownKeys(range, ["from", "to", "step"], key + ".");
                var from = Number(range, "from", key + ".from");
                var to = Number(range, "to", key + ".to");
                var step = Number(range, "step", key + ".step") ?? 1;
                if (from is null || to is null)
                {
                    Problem(key, "a range needs from and to (and optionally step, default 1)", range);
                    return null;
                }
                if (!(step > 0) || !(to >= from) || (to - from) / step > 100_000)
                {
                    Problem(key, $"from {from} to {to} step {step}: step must be positive, to at least from, and at most 100,000 points", range);
                    return null;
                }
                var count = (int)Math.Floor((to.Value - from.Value) / step + 1e-9) + 1;
                for (var i = 0; i < count; i++)
                    values.Add(Math.Round(from.Value + i * step, 9));
            }
            else
            {
                var items = node is YamlSequenceNode list ? list.Children.ToList() : [node];
                foreach (var item in items)
                {
                    if (ToNumber(item, key) is { } value)
                        values.Add(value);
                }
                if (items.Count == 0)
                    Problem(key, "the list is empty", node);
            }
            foreach (var value in values.Where(v => !(v > 0) || double.IsInfinity(v)).Distinct())
                Problem(key, $"{value.ToString(CultureInfo.InvariantCulture)} must be {what}", node);
            foreach (var value in values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => g.Key))
                Problem(key, $"{value.ToString(CultureInfo.InvariantCulture)} is listed twice", node);
            return values;
        }

        private List<SequencingPolicy>? ReadPolicies(YamlMappingNode root, ArrivalPattern arrivals)
        {
            var node = Child(root, "policies", "policies");
            if (node is null)
                return arrivals == ArrivalPattern.Isolated ? [SequencingPolicy.Static] : [SequencingPolicy.Static, SequencingPolicy.Dynamic];
            var policies = new List<SequencingPolicy>();
            foreach (var item in node is YamlSequenceNode list ? list.Children.ToList() : [node])
            {
                var text = (item as YamlScalarNode)?.Value;
                var policy = SequencingPolicyRegistry.Parse(text);
                if (policy is null)
                    Problem("policies", $"'{text ?? item.NodeType.ToString()}' is not one of {string.Join(", ", SequencingPolicyRegistry.All)}", item);
                else if (policies.Contains(policy.Value))
                    Problem("policies", $"{text} is listed twice", item);
                else if (policy != SequencingPolicy.Static && arrivals == ArrivalPattern.Isolated)
                    Problem("policies", $"isolated projects never find a resource busy, so {text} would equal static: list only static", item);
                else
                    policies.Add(policy.Value);
            }
            if (policies.Count == 0 && Problems.Count == 0)
                Problem("policies", "the list is empty", node);
            return policies;
        }

        private List<SequenceChoice>? ReadSequences(YamlMappingNode root, List<Scenario>? scenarios)
        {
            var node = Child(root, "sequences", "sequences");
            if (node is null)
                return [SequenceChoice.ScenarioOwn];
            var choices = new List<SequenceChoice>();
            var items = node is YamlSequenceNode list ? list.Children.ToList() : [node];
            var entry = 0;
            foreach (var item in items)
            {
                entry++;
                var key = $"sequences, entry {entry}";
                var choice = item switch
                {
                    YamlScalarNode { Value: "scenario" } => SequenceChoice.ScenarioOwn,
                    YamlScalarNode { Value: "optimal" } => SequenceChoice.Optimal,
                    YamlScalarNode { Value: "worst" } => SequenceChoice.Worst,
                    YamlSequenceNode ids => Explicit(null, ids, key),
                    YamlMappingNode named => Named(named, key),
                    _ => null,
                };
                if (choice is null)
                {
                    if (item is YamlScalarNode)
                        Problem(key, $"'{((YamlScalarNode)item).Value}' is not scenario, optimal, worst, a list of task ids, or {{ name, ids }}", item);
                    continue;
                }
                if (choices.Any(c => c.Label == choice.Label))
                {
                    Problem(key, $"a sequence named '{choice.Label}' is listed twice", item);
                    continue;
                }
                foreach (var scenario in scenarios ?? [])
                {
                    if (choice.Ids is null)
                        break;
                    try
                    {
                        scenario.CheckSequence(choice.Ids, key);
                    }
                    catch (ScenarioException e)
                    {
                        foreach (var p in e.Problems)
                            Problem(key, $"not a sequence of scenario '{scenario.Name}': {p.Message}", item);
                    }
                }
                choices.Add(choice);
            }
            if (items.Count == 0)
                Problem("sequences", "the list is empty", node);
            return choices;
        }

        private SequenceChoice? Named(YamlMappingNode node, string key)
        {
            UnknownKeys(node, ["name", "ids"], key + ", ");
            var name = Scalar(node, "name", key + ", name", required: true);
            if (Child(node, "ids", key + ", ids") is not YamlSequenceNode ids)
            {
                Problem(key + ", ids", "must be a list of task ids", node);
                return null;
            }
            if (name is "scenario" or "optimal" or "worst")
            {
                Problem(key + ", name", $"'{name}' is reserved for the sequence it names; call this one something else", node);
                return null;
            }
            return name is null ? null : Explicit(name, ids, key);
        }

        private SequenceChoice? Explicit(string? name, YamlSequenceNode node, string key)
        {
            var ids = new List<int>();
            foreach (var item in node)
            {
                if (ToInteger(item, key) is not { } id)
                    return null;
                ids.Add(id);
            }
            return new SequenceChoice(name ?? string.Join('-', ids), SequenceSource.Explicit, ids);
        }

        private ulong ReadSeed(YamlMappingNode root)
        {
            var node = Child(root, "seed", "seed");
            if (node is null)
                return 1;
            if (node is not YamlScalarNode { Value: { } text })
            {
                Problem("seed", "must be a whole number, not a list or mapping", node);
                return 1;
            }
            if (NumberText.TryParseWhole(text, 0, ulong.MaxValue, out var seed, out var problem))
                return (ulong)seed;
            Problem("seed", problem, node);
            return 1;
        }

        private Optimization.GeneticAlgorithmOptions ReadSearch(YamlMappingNode root)
        {
            var defaults = new Optimization.GeneticAlgorithmOptions();
            var node = Child(root, "search", "search");
            if (node is null)
                return defaults;
            if (node is not YamlMappingNode search)
            {
                Problem("search", $"must be a mapping with any of {string.Join(", ", SearchKeys)}", node);
                return defaults;
            }
            UnknownKeys(search, SearchKeys, "search.");
            int Setting(string name, int fallback) => Integer(search, name, "search." + name) ?? fallback;
            return defaults with
            {
                Replications = Setting("replications", defaults.Replications),
                RaceReplications = Setting("race-replications", defaults.RaceReplications),
                FinalReplications = Setting("final-replications", defaults.FinalReplications),
                Populations = Setting("populations", defaults.Populations),
                PopulationSize = Setting("population-size", defaults.PopulationSize),
                MaxGenerations = Setting("max-generations", defaults.MaxGenerations),
            };
        }
    }
}
