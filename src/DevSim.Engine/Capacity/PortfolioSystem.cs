using DevSim.Engine.Analysis;
using DevSim.Engine.Evaluation;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Capacity;

/// <summary>
/// A portfolio as the capacity search's system (docs/model.md#portfolio-capacity): the rate asked for is the total of all
/// types, reached by one load factor scaling every type's rate together; each type follows its own policy and the
/// portfolio's discipline and WIP caps; a run meets the target when every type meets the <see cref="PortfolioTarget"/>.
/// </summary>
/// <remarks>
/// Every run uses the settings' one seed and <see cref="Portfolio.WithLoadFactor"/> scales each type's interarrival times,
/// so runs at different loads and with different capacities see the same projects and the same draws (common random
/// numbers). The policy argument of <see cref="Run"/> and <see cref="Limits"/> is not read: a portfolio's types carry
/// their own policies, so a search passes any one policy and its results stand for the portfolio as it is.
/// </remarks>
public sealed class PortfolioSystem : ILoadedSystem
{
    /// <summary>Times the bracket's fast end is pushed up by a quarter when a portfolio with dynamic types still keeps up there.</summary>
    private const int MaxWidenings = 20;

    private readonly int _aloneReplications;

    /// <summary>The system of <paramref name="portfolio"/> judged by <paramref name="target"/>.</summary>
    /// <param name="portfolio">The portfolio, at load factor 1 (its types' own rates).</param>
    /// <param name="target">What every type must achieve.</param>
    /// <param name="aloneReplications">Single-project replications per type behind each type alone and the static limit; at least 2.</param>
    /// <exception cref="ArgumentException">The portfolio cannot run, the target's value is out of range, or an on-time target meets a type without a due allowance.</exception>
    public PortfolioSystem(Portfolio portfolio, PortfolioTarget target, int aloneReplications = 100_000)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(aloneReplications, 2);
        if (portfolio.Problems() is { Count: > 0 } problems)
            throw new ArgumentException(string.Join("; ", problems), nameof(portfolio));
        if (target.Problem() is { } problem)
            throw new ArgumentException(problem, nameof(target));
        if (target.OnTime is not null && portfolio.Types.Where(t => t.DueAllowance is null).Select(t => t.Name).ToList() is { Count: > 0 } undated)
            throw new ArgumentException($"an on-time target needs every type's due-allowance; {string.Join(", ", undated)} has none", nameof(target));
        Portfolio = portfolio;
        Target = target;
        _aloneReplications = aloneReplications;
        BaseRate = TotalRate(portfolio);
    }

    /// <summary>Projects per day of all of <paramref name="portfolio"/>'s types together at its own rates (load factor 1).</summary>
    public static double TotalRate(Portfolio portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        return portfolio.Types.Sum(t => 1 / t.Arrivals.MeanInterarrival);
    }

    /// <summary>The portfolio at load factor 1.</summary>
    public Portfolio Portfolio { get; }

    /// <summary>What every type must achieve.</summary>
    public PortfolioTarget Target { get; }

    /// <summary>Projects per day, all types together, at load factor 1.</summary>
    public double BaseRate { get; }

    /// <inheritdoc/>
    public string Name => Portfolio.Name;

    /// <inheritdoc/>
    public IReadOnlyList<ResourceDefinition> Resources => Portfolio.Pool.Resources;

    /// <summary>The load factor at which all types together bring <paramref name="rate"/> projects per day.</summary>
    public double LoadFactor(double rate) => rate / BaseRate;

    /// <summary>Type <paramref name="type"/>'s projects per day at <paramref name="rate"/> for all types together.</summary>
    public double TypeRate(int type, double rate) => LoadFactor(rate) / Portfolio.Types[type].Arrivals.MeanInterarrival;

    /// <inheritdoc/>
    public ILoadedSystem WithCapacity(int resource, int capacity) =>
        new PortfolioSystem(Portfolio with { Pool = Portfolio.Pool.WithCapacity(Resources[resource].Name, capacity) }, Target, _aloneReplications);

    /// <inheritdoc/>
    /// <remarks><paramref name="measure"/> gives the run's overall values (all types together); the types are judged by <see cref="Target"/>.</remarks>
    public SystemRun Run(double rate, SequencingPolicy policy, SimulationOptions settings, DurationMeasure measure, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!(rate > 0) || !double.IsFinite(rate))
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "expected a positive arrival rate");
        var result = PortfolioSimulator.Run(Portfolio.WithLoadFactor(LoadFactor(rate)), settings with { Observer = null }, null, cancellation);
        var replications = result.All.Replications;
        var values = replications.Select(r => Value(r.Portfolio!.Overall, measure)).ToArray();
        var typeMeasure = Target.OnTime is null ? Target.Measure : measure;
        var types = Portfolio.Types.Select((t, i) => new TypeRun(t.Name,
            SampleSummary.From(replications.Select(r => TypeValue(r.Portfolio!.Types[i], typeMeasure)).Where(double.IsFinite)),
            Target.Value, AtLeast: Target.OnTime is not null)).ToList();
        var overloaded = Overload.Of(result.All);
        return new SystemRun(rate, values, SampleSummary.From(values.Where(double.IsFinite)), overloaded,
            overloaded ? result.All.Unstable ?? result.All.SteadyState?.Loads.MaxBy(l => l.Load).Name : null, types)
        {
            Rework = [.. replications.Select(r => r.Rework)],
            LeastOnTime = Target.OnTime is null ? null : [.. replications.Select(r => LeastShare(r.Portfolio!.Types))],
        };
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The static limit is pooled: each pool resource's offered load at load factor F is F · Σ over types of the type's rate times its
    /// expected work there per project (single-project replications of its own sequence), over the capacity; the limit is the F at
    /// which the first reaches 1. A portfolio whose types all sequence statically has exactly this limit; one with a dynamic or
    /// rework-aware type is simulated above it, the fast end pushed up by a quarter until a run is overloaded (those runs are the
    /// limit's simulations). Alone is the binding type's measure alone (the largest duration, or the smallest on-time share).
    /// </remarks>
    public SystemLimits Limits(IReadOnlyList<SequencingPolicy> policies, SimulationOptions settings, double tolerance, DurationMeasure measure,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(settings);
        var load = new double[Resources.Count];
        var alone = new List<double>();
        var types = new List<TypeAlone>(Portfolio.Types.Count);
        foreach (var type in Portfolio.Types)
        {
            var evaluator = new SingleProjectEvaluator(type.Scenario);
            var sequence = type.Sequence ?? type.Scenario.DefaultSequence;
            var evaluation = evaluator.Evaluate(sequence, new EvaluationOptions
            {
                Replications = _aloneReplications,
                Seed = settings.Seed,
                MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism,
            }, null, cancellation);
            foreach (var demand in evaluator.Demands(evaluation))
                load[Portfolio.Pool.IndexOf(type.PoolResource(demand.Name))] += demand.Work / type.Arrivals.MeanInterarrival;
            var durations = evaluator.Sample(sequence, _aloneReplications, settings.Seed, settings.MaxDegreeOfParallelism, cancellation);
            var value = Target.OnTime is null
                ? Target.Measure.Of(durations)
                : durations.Count(d => d <= type.DueAllowance!.Value) / (double)durations.Length;
            alone.Add(value);
            types.Add(new TypeAlone(type.Name, value, Target.OnTime is { } q ? value >= q : value < Target.Days!.Value, type.DueAllowance,
                type.Scenario.ShortestProject, Target.OnTime is { } share ? AllowanceFor(durations, share) : null));
        }
        var binding = Enumerable.Range(0, load.Length).Where(r => load[r] > 0).MinBy(r => Resources[r].Capacity / load[r]);
        var staticRate = Resources[binding].Capacity / load[binding] * BaseRate;
        var limit = Portfolio.AllStatic
            ? new StabilityLimit(policies[0], 1 / staticRate, 1 / staticRate, Exact: true, Resources[binding].Name, 0)
            : Widened(staticRate, Resources[binding].Name, settings, measure, cancellation);
        return new SystemLimits(Target.OnTime is null ? alone.Max() : alone.Min(), [.. policies.Select(p => limit with { Policy = p })])
        {
            Reachable = types.All(t => t.Meets),
            Types = types,
        };
    }

    /// <summary>
    /// The shortest due allowance within which at least <paramref name="share"/> of <paramref name="durations"/> finish: their
    /// ⌈share · n⌉-th smallest (it sorts <paramref name="durations"/> in place).
    /// </summary>
    private static double AllowanceFor(double[] durations, double share)
    {
        Array.Sort(durations);
        var rank = (int)Math.Ceiling(share * durations.Length - 1e-9);
        return durations[Math.Clamp(rank, 1, durations.Length) - 1];
    }

    /// <summary>The limit of a portfolio with dynamic types: simulated from 5% above the static rate, a quarter faster each time, until overloaded.</summary>
    private StabilityLimit Widened(double staticRate, string resource, SimulationOptions settings, DurationMeasure measure, CancellationToken cancellation)
    {
        var keptUp = staticRate;
        var rate = staticRate * 1.05;
        for (var simulations = 1; simulations <= MaxWidenings; simulations++)
        {
            var run = Run(rate, SequencingPolicy.Static, settings, measure, cancellation);
            if (run.Overloaded)
                return new StabilityLimit(SequencingPolicy.Static, 1 / rate, 1 / keptUp, Exact: false, run.Saturated ?? resource, simulations);
            (keptUp, rate) = (rate, rate * 1.25);
        }
        // Not reachable: every project brings at least its first executions' work, so some resource saturates long before 86 times the static rate.
        throw new InvalidOperationException($"the portfolio kept up at {keptUp} projects a day, {Math.Pow(1.25, MaxWidenings - 1) * 1.05:F0} times its static limit");
    }

    /// <summary>The smallest on-time share among <paramref name="types"/> that finished a project (NaN when none did).</summary>
    private static double LeastShare(IReadOnlyList<ProjectMeasures> types)
    {
        var least = double.NaN;
        foreach (var t in types)
        {
            if (double.IsFinite(t.OnTime) && !(t.OnTime >= least))
                least = t.OnTime;
        }
        return least;
    }

    /// <summary>The overall value of one replication: its mean duration, or the percentile of its sketch.</summary>
    private static double Value(ProjectMeasures measures, DurationMeasure measure) => measure.Percentile is { } p
        ? measures.Sketch is { Count: > 0 } sketch ? sketch.Quantile(p / 100) : double.NaN
        : measures.Duration;

    /// <summary>A type's value in one replication under the target: its on-time share, or its duration measure.</summary>
    private double TypeValue(ProjectMeasures measures, DurationMeasure measure) => Target.OnTime is null ? Value(measures, measure) : measures.OnTime;
}
