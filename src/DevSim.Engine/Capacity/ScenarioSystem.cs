using DevSim.Engine.Analysis;
using DevSim.Engine.Evaluation;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Capacity;

/// <summary>A scenario under Poisson arrivals, every project following one sequence: the capacity search's system for one process.</summary>
public sealed class ScenarioSystem : ILoadedSystem
{
    private readonly int[] _sequence;
    private readonly int _aloneReplications;

    /// <summary>The scenario with <paramref name="sequence"/> (null: its own).</summary>
    /// <param name="scenario">The process.</param>
    /// <param name="sequence">Task ids in order; null for the scenario's sequence.</param>
    /// <param name="aloneReplications">Single-project replications behind the measure of a project alone and the static limit; at least 2.</param>
    /// <exception cref="ScenarioException">The sequence is not a valid order of the task ids.</exception>
    public ScenarioSystem(Scenario scenario, IReadOnlyList<int>? sequence = null, int aloneReplications = 100_000)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfLessThan(aloneReplications, 2);
        Scenario = scenario;
        _sequence = scenario.CheckSequence(sequence ?? scenario.DefaultSequence);
        _aloneReplications = aloneReplications;
    }

    /// <summary>The process.</summary>
    public Scenario Scenario { get; }

    /// <summary>The sequence every project follows.</summary>
    public IReadOnlyList<int> Sequence => _sequence;

    /// <inheritdoc/>
    public string Name => Scenario.Name;

    /// <inheritdoc/>
    public IReadOnlyList<ResourceDefinition> Resources => Scenario.Resources;

    /// <inheritdoc/>
    public ILoadedSystem WithCapacity(int resource, int capacity) =>
        new ScenarioSystem(Scenario.WithCapacity(resource, capacity), _sequence, _aloneReplications);

    /// <inheritdoc/>
    public SystemRun Run(double rate, SequencingPolicy policy, SimulationOptions settings, DurationMeasure measure, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!(rate > 0) || !double.IsFinite(rate))
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "expected a positive arrival rate");
        var result = new MultiProjectSimulator(Scenario).Run(settings with
        {
            Policy = policy,
            Arrivals = new PoissonArrivals(1 / rate),
            Sequence = _sequence,
            Observer = null,
        }, null, cancellation);
        var values = result.Replications.Select(measure.Of).ToArray();
        var overloaded = Overload.Of(result);
        return new SystemRun(rate, values, Statistics.SampleSummary.From(values), overloaded,
            overloaded ? result.Unstable ?? result.SteadyState?.Loads.MaxBy(l => l.Load).Name : null)
        {
            Rework = [.. result.Replications.Select(r => r.Rework)],
        };
    }

    /// <inheritdoc/>
    public SystemLimits Limits(IReadOnlyList<SequencingPolicy> policies, SimulationOptions settings, double tolerance, DurationMeasure measure,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var analysis = ProcessAnalysis.Analyse(Scenario, new ProcessAnalysisOptions
        {
            Sequence = _sequence,
            Replications = _aloneReplications,
            Seed = settings.Seed,
            MaxDegreeOfParallelism = settings.MaxDegreeOfParallelism,
            Policies = policies,
            Simulation = settings,
            Tolerance = tolerance,
            TopCouplings = 0,
        }, null, cancellation);
        var alone = measure.Percentile is null
            ? analysis.Duration.Mean
            : measure.Of(new SingleProjectEvaluator(Scenario).Sample(_sequence, _aloneReplications, settings.Seed, settings.MaxDegreeOfParallelism, cancellation));
        return new SystemLimits(alone, analysis.Limits);
    }
}
