using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Portfolios;

/// <summary>
/// Several project types sharing one pool of resources (docs/model.md#project-types), with a queue
/// discipline (docs/model.md#queue-disciplines) and an optional WIP cap (docs/model.md#work-in-process-cap).
/// </summary>
public sealed record Portfolio
{
    /// <summary>Its name.</summary>
    public required string Name { get; init; }

    /// <summary>The resources the types share.</summary>
    public required ResourcePool Pool { get; init; }

    /// <summary>The project types; the first draws exactly as its scenario alone does (docs/model.md#stream-keys).</summary>
    public required IReadOnlyList<ProjectType> Types { get; init; }

    /// <summary>Which waiting request a freed server takes (default fifo).</summary>
    public QueueDiscipline Discipline { get; init; } = QueueDiscipline.Fifo;

    /// <summary>At most this many projects active at once, all types together; null for none.</summary>
    public int? WipCap { get; init; }

    /// <summary>Projects arriving per day, all types together (Σ 1 / mean interarrival).</summary>
    public double ArrivalRate => Types.Sum(t => 1 / t.Arrivals.MeanInterarrival);

    /// <summary>Whether every type sequences statically, so that no type's work per project depends on the queues.</summary>
    public bool AllStatic => Types.All(t => t.Policy == SequencingPolicy.Static);

    /// <summary>
    /// The policy a portfolio's verdict reads its load evidence by: static (work per project pooled over every type's
    /// projects, which finish in proportion to their rates) only when <see cref="AllStatic"/>, else dynamic (each
    /// replication's sum of the types' own loads).
    /// </summary>
    public SequencingPolicy PooledPolicy => AllStatic ? SequencingPolicy.Static : SequencingPolicy.Dynamic;

    /// <summary>The union of the types' own resources, in order of first appearance (a resource named by several types takes the largest capacity given).</summary>
    public static ResourcePool UnionOf(IEnumerable<ProjectType> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var resources = new List<ResourceDefinition>();
        foreach (var type in types)
        {
            foreach (var r in type.Scenario.Resources)
            {
                var name = type.PoolResource(r.Name);
                var index = resources.FindIndex(x => x.Name == name);
                if (index < 0)
                    resources.Add(r with { Name = name });
                else if (r.Capacity > resources[index].Capacity)
                    resources[index] = resources[index] with { Capacity = r.Capacity };
            }
        }
        return new ResourcePool(resources);
    }

    /// <summary>A portfolio of <paramref name="scenario"/> alone on its own resources: the numbers of <see cref="MultiProjectSimulator"/>.</summary>
    public static Portfolio Of(Scenario scenario, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        return new Portfolio
        {
            Name = scenario.Name,
            Pool = ResourcePool.Of(scenario),
            Types = [new ProjectType { Name = scenario.Name, Scenario = scenario, Sequence = options.Sequence, Policy = options.Policy, Arrivals = options.Arrivals }],
        };
    }

    /// <summary>The same portfolio with every arrival rate times <paramref name="factor"/> (every interarrival time divided by it).</summary>
    public Portfolio WithLoadFactor(double factor)
    {
        if (!(factor > 0) || double.IsInfinity(factor))
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "the load factor must be a positive number");
        return factor == 1 ? this : this with { Types = [.. Types.Select(t => t with { Arrivals = Scaled(t.Arrivals, factor) })] };
    }

    /// <summary>
    /// Null when this portfolio, its arrival rates times <paramref name="loadFactor"/>, keeps its times within
    /// <see cref="TimeScales"/> over <paramref name="projects"/> projects: every type's mean interarrival time positive
    /// and at most <see cref="TimeScales.MaxTime"/>, and the clock's horizon within <see cref="TimeScales.MaxRatio"/> of
    /// the shortest mean task of any type; else the problem. Checked before <see cref="WithLoadFactor"/>, which it keeps
    /// from dividing a time into infinity or zero.
    /// </summary>
    public string? TimeScaleProblem(double loadFactor, long projects)
    {
        var rate = 0.0;
        foreach (var type in Types)
        {
            var given = type.Arrivals.MeanInterarrival;
            var mean = given / loadFactor;
            var scaled = loadFactor == 1 ? "" : $" divided by the load factor {TimeScales.G(loadFactor)}";
            if (!(mean <= TimeScales.MaxTime))
                return $"type {type.Name}: its mean interarrival time of {TimeScales.G(given)} days{scaled} is more than the longest time DevSim takes ({TimeScales.G(TimeScales.MaxTime)} days)";
            if (given > 0 && mean == 0)
                return $"type {type.Name}: its mean interarrival time of {TimeScales.G(given)} days{scaled} rounds to 0 days";
            rate += 1 / mean;
        }
        var shortest = Types.Min(t => t.Scenario.Tasks.Min(k => k.Duration));
        return TimeScales.HorizonProblem(shortest, 1 / rate, projects);
    }

    private static IArrivalProcess Scaled(IArrivalProcess arrivals, double factor) => arrivals switch
    {
        PoissonArrivals p => new PoissonArrivals(p.MeanInterarrival / factor),
        FixedArrivals f => new FixedArrivals(f.MeanInterarrival / factor),
        TraceArrivals t => t.Scaled(1 / factor),
        _ => throw new ArgumentException($"cannot scale arrivals of kind {arrivals.GetType().Name}", nameof(arrivals)),
    };

    /// <summary>Every problem that keeps this portfolio from running: a resource missing from the pool, a duplicate name, a bad cap or allowance, a bad sequence.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Types.Count == 0)
            problems.Add("a portfolio needs at least one type");
        foreach (var name in Types.GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add($"two types are named '{name}'");
        if (WipCap is < 1)
            problems.Add($"wip-cap {WipCap} must be at least 1");
        foreach (var type in Types)
        {
            foreach (var r in type.Scenario.Resources)
            {
                if (Pool.IndexOf(type.PoolResource(r.Name)) < 0)
                    problems.Add($"type '{type.Name}': resource '{r.Name}' maps to '{type.PoolResource(r.Name)}', which is not in the pool");
            }
            foreach (var mapped in type.ResourceMap.Keys.Where(k => type.Scenario.Resources.All(r => r.Name != k)))
                problems.Add($"type '{type.Name}': the map names '{mapped}', which is not a resource of its scenario");
            if (type.DueAllowance is { } due && (!(due >= 0) || double.IsInfinity(due)))
                problems.Add($"type '{type.Name}': due-allowance {due} must be a finite number of days of 0 or more");
            if (type.WipCap is < 1)
                problems.Add($"type '{type.Name}': wip-cap {type.WipCap} must be at least 1");
            if (type.Sequence is { } sequence)
            {
                try
                {
                    type.Scenario.CheckSequence(sequence);
                }
                catch (ScenarioException e)
                {
                    problems.AddRange(e.Problems.Select(p => $"type '{type.Name}': sequence: {p.Message}"));
                }
            }
        }
        return problems;
    }

    /// <summary>The run's plan: each type compiled onto the pool.</summary>
    internal RunPlan Compile(SimulationOptions options)
    {
        if (Problems() is { Count: > 0 } problems)
            throw new ArgumentException(string.Join("; ", problems));
        var types = Types.Select((type, index) =>
        {
            var model = new ProcessModel(type.Scenario);
            var taskResource = type.Scenario.Tasks.Select(t => Pool.IndexOf(type.PoolResource(type.Scenario.Resources[t.Resource].Name))).ToArray();
            var sequence = model.ToIndices(type.Sequence ?? type.Scenario.DefaultSequence);
            return new CompiledType(index, type.Name, model, taskResource, sequence, type.Policy, type.Arrivals, type.Priority,
                type.DueAllowance ?? double.PositiveInfinity, type.WipCap ?? int.MaxValue);
        }).ToList();
        return new RunPlan(types, [.. Pool.Resources.Select(r => r.Capacity)], Discipline, WipCap ?? int.MaxValue, options, byType: true);
    }
}
