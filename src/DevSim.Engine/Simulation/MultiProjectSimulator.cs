using DevSim.Engine.Input;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Simulation;

/// <summary>
/// Simulates a stream of projects through shared resources (docs/model.md#sequencing-policies, #arrivals, #measures), over
/// independent replications run in parallel, and reports means with 95% CIs across them.
/// </summary>
/// <remarks>
/// Replication r draws from streams derived from (seed, r) only: arrivals from one stream,
/// project k's task j from its own. The same seed gives the same result on any number of
/// threads, and the static and dynamic policies see the same arrivals and the same first-pass
/// durations (common random numbers).
/// </remarks>
public sealed class MultiProjectSimulator
{
    private readonly ProcessModel _model;

    /// <summary>Prepares a simulator for <paramref name="scenario"/>.</summary>
    public MultiProjectSimulator(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _model = new ProcessModel(scenario);
    }

    /// <summary>The scenario simulated.</summary>
    public Scenario Scenario => _model.Scenario;

    /// <summary>Runs the simulation; an overloaded system is a result (<see cref="SimulationResult.Unstable"/>), not an error.</summary>
    /// <exception cref="ScenarioException">The sequence is not a permutation of the task ids.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    /// <exception cref="ReworkDivergenceException">A project's rework never dies out.</exception>
    public SimulationResult Run(SimulationOptions options) => Run(options, null, CancellationToken.None);

    /// <summary>
    /// Runs the simulation as <see cref="Run(SimulationOptions)"/> does, telling <paramref name="progress"/> the share of
    /// replications finished (0 to 1, from any thread) and stopping between replications when <paramref name="cancellation"/>
    /// is cancelled (it then throws <see cref="OperationCanceledException"/>). The numbers are the same.
    /// </summary>
    public SimulationResult Run(SimulationOptions options, IProgress<double>? progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        Check(options);
        var sequenceIds = options.Sequence ?? Scenario.DefaultSequence;
        var sequence = _model.ToIndices(sequenceIds);
        var finished = 0;
        // One replication per chunk: each is long enough to keep a core busy on its own.
        var results = ChunkedReplications.OneByOne(options.Replications, options.MaxDegreeOfParallelism, cancellation).Run(
            () => SequencingPolicyRegistry.CreateRun(options.Policy, _model), (replication, run) =>
            {
                var result = run.Run(options, sequence, replication.Index, replication.Index == 0 ? options.Observer : null);
                progress?.Report((double)Interlocked.Increment(ref finished) / options.Replications);
                return result;
            });
        return Summarise(options, sequenceIds, results);
    }

    /// <summary>
    /// Runs replication <paramref name="replication"/> alone, on the calling thread: the same numbers
    /// <see cref="Run(SimulationOptions)"/> gives for that replication with the same options, so experiments can split
    /// replications across processes or machines and still agree with a single run.
    /// </summary>
    /// <exception cref="ScenarioException">The sequence is not a permutation of the task ids.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    /// <exception cref="ReworkDivergenceException">A project's rework never dies out.</exception>
    public ReplicationResult RunReplication(SimulationOptions options, int replication)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        Check(options);
        var sequence = _model.ToIndices(options.Sequence ?? Scenario.DefaultSequence);
        return SequencingPolicyRegistry.CreateRun(options.Policy, _model).Run(options, sequence, replication, options.Observer);
    }

    private static void Check(SimulationOptions o) => OptionChecks.ThrowIfAny(o.Validate(), nameof(o));

    private SimulationResult Summarise(SimulationOptions options, IReadOnlyList<int> sequence, ReplicationResult[] reps) =>
        Summarise(options, sequence, reps, Scenario.Resources);

    /// <summary>The means and CIs across <paramref name="reps"/>, the overload named by resource, and the steady-state analysis: one summary for a scenario and a portfolio alike.</summary>
    internal static SimulationResult Summarise(SimulationOptions options, IReadOnlyList<int> sequence, ReplicationResult[] reps, IReadOnlyList<ResourceDefinition> pool)
    {
        var resources = pool.Select((res, r) => new ResourceSummary(res.Name, res.Capacity,
            SampleSummary.From(reps.Select(x => x.Resources[r].Utilization)),
            SampleSummary.From(reps.Select(x => x.Resources[r].Queue)),
            SampleSummary.From(reps.Select(x => x.Resources[r].Wait)),
            FiniteMean.Of(reps.Select(x => x.Resources[r].OfferedLoad)))).ToList();

        string? unstable = null;
        var unstableLoad = double.NaN;
        var overloaded = reps.Where(x => x.Unstable is not null).ToList();
        if (overloaded.Count > 0)
        {
            // The resource named most often across overloaded replications; ties to the lower index.
            var index = overloaded.GroupBy(x => x.Unstable!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            unstable = pool[index].Name;
            unstableLoad = resources[index].OfferedLoad;
        }

        var result = new SimulationResult
        {
            Options = options,
            Sequence = [.. sequence],
            Duration = SampleSummary.From(reps.Select(x => x.Duration.Mean)),
            DurationSd = Math.Sqrt(FiniteMean.Of(reps.Select(x => x.Duration.Sd * x.Duration.Sd))),
            Percentiles = new DurationPercentiles
            {
                P50 = FiniteMean.Of(reps.Select(x => x.Duration.P50)),
                P90 = FiniteMean.Of(reps.Select(x => x.Duration.P90)),
                P99 = FiniteMean.Of(reps.Select(x => x.Duration.P99)),
            },
            Waiting = SampleSummary.From(reps.Select(x => x.Waiting)),
            Rework = SampleSummary.From(reps.Select(x => x.Rework)),
            InSystem = SampleSummary.From(reps.Select(x => x.InSystem)),
            Resources = resources,
            Unstable = unstable,
            UnstableLoad = unstableLoad,
            Events = reps.Sum(x => x.Events),
            Replications = reps,
        };
        return SteadyStateAnalysis.Complete(result, [.. pool.Select(r => r.Name)], [.. pool.Select(r => r.Capacity)]);
    }
}
