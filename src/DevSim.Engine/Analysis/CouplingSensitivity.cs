using DevSim.Engine.Evaluation;
using DevSim.Engine.Input;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Analysis;

/// <summary>
/// Which rework coupling costs the most: for every cell with RP &gt; 0 and RI &gt; 0, the change in mean
/// project duration when its RP, or its RI, is reduced by a share, and when it is removed (RP and RI 0),
/// each with a paired 95% CI.
/// </summary>
/// <remarks>
/// Every changed process is a <see cref="Scenario.WithCoupling"/> copy of the original, which draws its
/// random numbers in the same pattern, and runs with the same seed: replication r of the copy sees the same
/// durations and rework draws as replication r of the original, except where the changed cell decides.
/// The differences are therefore paired, and far less noisy than two independent estimates; a cell that
/// never fires has an effect of exactly 0. Single-project runs pair projects; multi-project runs pair
/// replications (the same arrivals too), so there a coupling whose rework lands on the bottleneck costs
/// more than its size (docs/model.md#coupling-sensitivity).
/// </remarks>
public static class CouplingSensitivity
{
    /// <summary>The changes made to each coupling, in the order they are run.</summary>
    private const int ChangesPerCoupling = 3;

    /// <summary>The cells analysed: RP &gt; 0 and RI &gt; 0, by row then column (ids).</summary>
    public static IReadOnlyList<(int ReworkedId, int CausingId)> Couplings(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var cells = new List<(int, int)>();
        for (var row = 1; row <= scenario.TaskCount; row++)
        {
            for (var column = 1; column <= scenario.TaskCount; column++)
            {
                if (row != column && scenario.ReworkProbability(row, column) > 0 && scenario.ReworkImpact(row, column) > 0)
                    cells.Add((row, column));
            }
        }
        return cells;
    }

    /// <summary>Runs the analysis.</summary>
    /// <param name="scenario">The process.</param>
    /// <param name="options">Settings; null for the defaults (single project, 10%, 100,000 pairs).</param>
    /// <param name="progress">Told how many runs are done (the original's and one per changed process: 1 + 3 × couplings in all), from any thread.</param>
    /// <exception cref="ScenarioException">The sequence is not a valid order of the task ids.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    /// <param name="cancellation">Stops the analysis (a host whose user left).</param>
    /// <exception cref="ReworkDivergenceException">Rework never dies out.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static SensitivityResult Analyse(Scenario scenario, SensitivityOptions? options = null, IProgress<int>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new SensitivityOptions();
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));

        var sequence = options.Simulation?.Sequence ?? options.Sequence ?? scenario.DefaultSequence;
        scenario.CheckSequence(sequence);
        var couplings = Couplings(scenario);
        var keep = 1 - options.Reduction;
        var variants = new List<Scenario>(couplings.Count * ChangesPerCoupling);
        foreach (var (row, column) in couplings)
        {
            var p = scenario.ReworkProbability(row, column);
            var i = scenario.ReworkImpact(row, column);
            variants.Add(scenario.WithCoupling(row, column, p * keep, i));
            variants.Add(scenario.WithCoupling(row, column, p, i * keep));
            variants.Add(scenario.WithCoupling(row, column, 0, 0));
        }

        var (baseline, baselineOverloaded, effects, steady) = options.Simulation is { } simulation
            ? MultiProject(scenario, simulation with { Sequence = [.. sequence] }, variants, options.MaxDegreeOfParallelism, progress, cancellation)
            : SingleProject(scenario, sequence, options, variants, progress, cancellation);

        var position = new int[scenario.TaskCount + 1];
        for (var k = 0; k < sequence.Count; k++)
            position[sequence[k]] = k;
        var ranked = couplings.Select((cell, c) =>
        {
            var (row, column) = cell;
            var p = scenario.ReworkProbability(row, column);
            var i = scenario.ReworkImpact(row, column);
            var firstOrder = position[row] < position[column] ? p * i * scenario.Tasks[row - 1].Duration : 0;
            return new CouplingEffect(row, column, p, i, firstOrder,
                effects[c * ChangesPerCoupling], effects[c * ChangesPerCoupling + 1], effects[c * ChangesPerCoupling + 2]);
        }).OrderBy(e => e.Removed.Mean).ThenBy(e => e.ReworkedId).ThenBy(e => e.CausingId).ToList();
        return new SensitivityResult([.. sequence], options.Reduction, baseline, baselineOverloaded, ranked, options.Simulation) { BaselineSteadyState = steady };
    }

    private static (SampleSummary, bool, PairedEffect[], SteadyState?) SingleProject(Scenario scenario, IReadOnlyList<int> sequence,
        SensitivityOptions options, List<Scenario> variants, IProgress<int>? progress, CancellationToken cancellation)
    {
        var original = new SingleProjectEvaluator(scenario).Sample(sequence, options.Replications, options.Seed, options.MaxDegreeOfParallelism, cancellation);
        progress?.Report(1);
        var effects = new PairedEffect[variants.Count];
        var differences = new double[original.Length];
        for (var v = 0; v < variants.Count; v++)
        {
            cancellation.ThrowIfCancellationRequested();
            var changed = new SingleProjectEvaluator(variants[v]).Sample(sequence, options.Replications, options.Seed, options.MaxDegreeOfParallelism, cancellation);
            for (var r = 0; r < differences.Length; r++)
                differences[r] = changed[r] - original[r];
            effects[v] = PairedEffect.From(differences, overloaded: false);
            progress?.Report(v + 2);
        }
        return (SampleSummary.From(original), false, effects, null);
    }

    private static (SampleSummary, bool, PairedEffect[], SteadyState?) MultiProject(Scenario scenario, SimulationOptions simulation,
        List<Scenario> variants, int maxDegreeOfParallelism, IProgress<int>? progress, CancellationToken cancellation)
    {
        // The original runs as one more point of the batch, so that every point runs on one thread
        // and the batch keeps every core busy.
        var jobs = variants.Prepend(scenario).Select(s => new SimulationJob(s, simulation)).ToList();
        var results = SimulationBatch.Run(jobs, maxDegreeOfParallelism, progress, cancellation);
        var original = results[0];
        var means = original.Replications.Select(r => r.Duration.Mean).ToArray();
        var effects = results.Skip(1).Select(changed => PairedEffect.From(
            changed.Replications.Select((r, k) => r.Duration.Mean - means[k]), Overload.Of(changed))).ToArray();
        return (original.Duration, Overload.Of(original), effects, original.SteadyState);
    }
}
