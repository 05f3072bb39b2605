using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DevSim.Engine.Input;
using DevSim.Engine.Optimization;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Experiments;

/// <summary>
/// A batch experiment: every scenario × sequence × policy × mean interarrival time (a grid point), or every
/// portfolio × discipline × WIP cap × load factor (docs/model.md#portfolio-sweeps), each simulated over independent
/// replications. A cell is one grid point × one replication.
/// </summary>
public sealed record Experiment
{
    /// <summary>A name for the results.</summary>
    public string Name { get; init; } = "experiment";

    /// <summary>The processes simulated; their names label the results and must differ. Empty when <see cref="Portfolios"/> are swept.</summary>
    public IReadOnlyList<Scenario> Scenarios { get; init; } = [];

    /// <summary>The portfolios simulated instead of scenarios; their names label the results and must differ.</summary>
    public IReadOnlyList<Portfolio> Portfolios { get; init; } = [];

    /// <summary>Whether the experiment sweeps portfolios (their axes are <see cref="Disciplines"/>, <see cref="WipCaps"/> and <see cref="LoadFactors"/>).</summary>
    public bool IsPortfolio => Portfolios.Count > 0;

    /// <summary>The queue disciplines of a portfolio sweep; null for each portfolio's own.</summary>
    public IReadOnlyList<QueueDiscipline>? Disciplines { get; init; }

    /// <summary>The global WIP caps of a portfolio sweep (a null entry for none); null for each portfolio's own.</summary>
    public IReadOnlyList<int?>? WipCaps { get; init; }

    /// <summary>The load factors of a portfolio sweep (every arrival rate times the factor). Default 1.</summary>
    public IReadOnlyList<double> LoadFactors { get; init; } = [1];

    /// <summary>The sequences each scenario runs with. Default: the scenario's own.</summary>
    public IReadOnlyList<SequenceChoice> Sequences { get; init; } = [SequenceChoice.ScenarioOwn];

    /// <summary>The sequencing policies. Default: static and dynamic.</summary>
    public IReadOnlyList<SequencingPolicy> Policies { get; init; } = [SequencingPolicy.Static, SequencingPolicy.Dynamic];

    /// <summary>How projects arrive. Default Poisson.</summary>
    public ArrivalPattern Arrivals { get; init; } = ArrivalPattern.Poisson;

    /// <summary>The grid of mean interarrival times, in days; empty for isolated projects.</summary>
    public IReadOnlyList<double> Interarrivals { get; init; } = [];

    /// <summary>Projects per replication (the paper: 20,000).</summary>
    public int Projects { get; init; } = SimulationOptions.DefaultProjects;

    /// <summary>The first projects left out of the statistics; null for 10% of <see cref="Projects"/>.</summary>
    public int? Warmup { get; init; }

    /// <summary>Replications per grid point; CIs are across them.</summary>
    public int Replications { get; init; } = SimulationOptions.DefaultReplications;

    /// <summary>Master seed: every cell's numbers derive from it and the cell's identity only.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>A replication stops as overloaded when more projects than this are in the system at once.</summary>
    public int MaxProjectsInSystem { get; init; } = SimulationOptions.DefaultMaxProjectsInSystem;

    /// <summary>Settings of the genetic algorithm that finds optimal and worst sequences (objective and seed are set per search).</summary>
    public GeneticAlgorithmOptions Search { get; init; } = new();

    /// <summary>The warm-up actually used.</summary>
    public int EffectiveWarmup => Warmup ?? SimulationOptions.DefaultWarmup(Projects);

    /// <summary>The key of a problem of <see cref="Search"/>'s <paramref name="property"/>, as <see cref="Validate"/> reports it.</summary>
    public static string SearchKey(string property) => $"{nameof(Search)}.{property}";

    /// <summary>Whether the settings are within their ranges (<see cref="Validate"/> says what is not).</summary>
    public bool IsValid => Validate().Count == 0;

    /// <summary>
    /// Every problem of the run settings, keyed by property name (<see cref="SearchKey"/> for the
    /// search's): the simulation's rules are <see cref="SimulationOptions.Validate"/>'s and the
    /// search's <see cref="GeneticAlgorithmOptions.Validate"/>'s, so no rule is written twice.
    /// </summary>
    public IReadOnlyList<InputProblem> Validate()
    {
        var problems = new List<InputProblem>();
        var simulation = new SimulationOptions { Projects = Projects, Warmup = Warmup, Replications = Replications, MaxProjectsInSystem = MaxProjectsInSystem };
        problems.AddRange(simulation.Validate());
        if (Arrivals == ArrivalPattern.Isolated && Projects == 1)
            problems.Add(new InputProblem(nameof(Projects), "1 must be at least 2 for isolated projects (a CI needs two)"));
        if (Arrivals == ArrivalPattern.Isolated && Warmup is not null)
            problems.Add(new InputProblem(nameof(Warmup), "isolated projects do not interact, so there is nothing to warm up: leave warmup out"));
        problems.AddRange(Search.Validate().Select(p => p with { Key = SearchKey(p.Key) }));
        return problems;
    }

    /// <summary>
    /// A short hash of everything that decides the experiment's numbers (settings and the scenarios'
    /// contents, not the file's layout): results written under one fingerprint are never mixed with another's.
    /// </summary>
    public string Fingerprint()
    {
        if (IsPortfolio)
            return PortfolioFingerprint();
        var text = new StringBuilder("devsim-experiment/1\n");
        Line(text, Name, Seed, Projects, EffectiveWarmup, Replications, MaxProjectsInSystem, Arrivals);
        Line(text, [.. Interarrivals.Cast<object?>()]);
        Line(text, [.. Policies.Cast<object?>()]);
        foreach (var s in Sequences)
            Line(text, s.Label, s.Source, s.Ids is null ? "" : string.Join(',', s.Ids));
        text.Append(SearchText());
        foreach (var scenario in Scenarios)
            text.Append(ProcessText(scenario));
        return Hash(text.ToString());
    }

    /// <summary>
    /// What decides one cell's numbers besides its grid point and replication, by name ("seed", "projects", "warm-up",
    /// "in-system limit", "arrivals", "sequence search", and "process &lt;scenario&gt;" per scenario, a hash of its contents):
    /// two experiments that agree on all of them give every cell they share the same numbers, so a grown experiment
    /// (more replications or grid points) reuses the cells already run (a cell's identity is its point and replication).
    /// </summary>
    public IReadOnlyDictionary<string, string> CellSettings()
    {
        static string Text(object value) => value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString() ?? "";
        if (IsPortfolio)
        {
            // A portfolio's types carry their own arrivals, policies and sequences: its contents stand for them.
            var cells = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["seed"] = Text(Seed),
                ["projects"] = Text(Projects),
                ["warm-up"] = Text(EffectiveWarmup),
                ["in-system limit"] = Text(MaxProjectsInSystem),
            };
            foreach (var portfolio in Portfolios)
                cells[$"portfolio {portfolio.Name}"] = Hash(PortfolioText(portfolio));
            return cells;
        }
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["seed"] = Text(Seed),
            ["projects"] = Text(Projects),
            ["warm-up"] = Text(EffectiveWarmup),
            ["in-system limit"] = Text(MaxProjectsInSystem),
            ["arrivals"] = Arrivals.ToString().ToLowerInvariant(),
            ["sequence search"] = Hash(SearchText()),
        };
        foreach (var scenario in Scenarios)
            settings[$"process {scenario.Name}"] = Hash(ProcessText(scenario));
        return settings;
    }

    /// <summary>A short hash of <see cref="CellSettings"/>: cells stored under it fit every experiment with the same one.</summary>
    public string CellFingerprint() => CellFingerprintOf(CellSettings());

    /// <summary>
    /// The fingerprint of cell settings as <see cref="CellSettings"/> gives them, in any key order (they are hashed in
    /// ordinal key order): what a sweep's stored settings must hash to, so that a reader can check the pair it was given.
    /// </summary>
    public static string CellFingerprintOf(IReadOnlyDictionary<string, string> cellSettings)
    {
        ArgumentNullException.ThrowIfNull(cellSettings);
        return Hash("devsim-cell/1\n" + string.Join('\n', cellSettings.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
    }

    private string PortfolioFingerprint()
    {
        var text = new StringBuilder("devsim-portfolio-experiment/1\n");
        Line(text, Name, Seed, Projects, EffectiveWarmup, Replications, MaxProjectsInSystem);
        Line(text, [.. LoadFactors.Cast<object?>()]);
        Line(text, Disciplines is null ? "own" : string.Join(',', Disciplines.Select(d => d.Name())));
        Line(text, WipCaps is null ? "own" : string.Join(',', WipCaps.Select(c => c?.ToString(CultureInfo.InvariantCulture) ?? "none")));
        foreach (var portfolio in Portfolios)
            text.Append(PortfolioText(portfolio)).Append(portfolio.Discipline.Name()).Append('|').Append(portfolio.WipCap?.ToString(CultureInfo.InvariantCulture) ?? "none").Append('\n');
        return Hash(text.ToString());
    }

    /// <summary>
    /// What decides a portfolio's cells besides the point's discipline, cap and load factor: its pool, and each type's
    /// process, resource map, sequence, policy, arrivals (a trace by its times), priority, due allowance and cap.
    /// </summary>
    private static string PortfolioText(Portfolio portfolio)
    {
        var text = new StringBuilder();
        Line(text, "portfolio", portfolio.Name);
        foreach (var r in portfolio.Pool.Resources)
            Line(text, r.Name, r.Capacity);
        foreach (var type in portfolio.Types)
        {
            Line(text, "type", type.Name, type.Policy, string.Join(',', type.Sequence ?? type.Scenario.DefaultSequence), type.Priority,
                type.DueAllowance?.ToString("R", CultureInfo.InvariantCulture) ?? "none", type.WipCap?.ToString(CultureInfo.InvariantCulture) ?? "none");
            Line(text, type.Arrivals.GetType().Name, type.Arrivals.MeanInterarrival,
                type.Arrivals is TraceArrivals trace ? string.Join(',', trace.Times.Select(t => t.ToString("R", CultureInfo.InvariantCulture))) : "");
            foreach (var (from, to) in type.ResourceMap.OrderBy(p => p.Key, StringComparer.Ordinal))
                Line(text, "map", from, to);
            text.Append(ProcessText(type.Scenario));
        }
        return text.ToString();
    }

    private string SearchText()
    {
        var text = new StringBuilder();
        var g = Search;
        Line(text, g.Populations, g.PopulationSize, g.ReproductionRatio, g.CrossoverRatio, g.MutationRatio, g.Crossover.GetType().Name,
            g.Mutation.GetType().Name, g.TournamentSize, g.MigrationInterval, g.StopImprovement, g.StopWindow, g.MaxGenerations,
            g.Replications, g.RaceReplications, g.FinalReplications, g.Top);
        return text.ToString();
    }

    private static string ProcessText(Scenario scenario)
    {
        var text = new StringBuilder();
        Line(text, scenario.Name, scenario.Durations.Distribution, scenario.Durations.Spread, string.Join(',', scenario.DefaultSequence));
        // Only other readings add a line, so every fingerprint made before they existed stays the same.
        if (!scenario.Readings.IsDefault)
            Line(text, "model", scenario.Readings.ToString());
        foreach (var r in scenario.Resources)
            Line(text, r.Name, r.Capacity);
        foreach (var t in scenario.Tasks)
            Line(text, t.Id, t.Name, t.Duration, t.Resource);
        foreach (var i in scenario.Tasks)
        {
            foreach (var j in scenario.Tasks)
                Line(text, scenario.ReworkProbability(i.Id, j.Id), scenario.ReworkImpact(i.Id, j.Id));
        }
        return text.ToString();
    }

    private static void Line(StringBuilder text, params object?[] parts) =>
        text.AppendJoin('|', parts.Select(p => p switch
        {
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => p?.ToString() ?? "",
        })).Append('\n');

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
