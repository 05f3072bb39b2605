using DevSim.Engine.Evaluation;
using DevSim.Engine.Input;
using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;
using MathNet.Numerics.Statistics;

namespace DevSim.Engine.Analysis;

/// <summary>
/// A planner's questions about a process, answered in one pass: how much work each resource gets per project (with
/// its CI), the load that makes at a given arrival rate, the arrival rate each policy can take (the stability limit),
/// the single-project duration, and which couplings its rework comes from.
/// </summary>
/// <remarks>
/// Static sequencing's limit is exact: a project's executions do not depend on waiting, so resource r's load at mean
/// interarrival D is its single-project work W_r / (c_r × D), and the limit is the largest W_r / c_r. Dynamic and
/// rework-aware sequencing change a project's executions with the queues, so their limits are bracketed by
/// <see cref="StabilitySearch"/>, starting from the floor max_r (Σ d over r's tasks) / c_r that first executions alone
/// impose on every policy.
/// </remarks>
public static class ProcessAnalysis
{
    /// <summary>Runs the analysis.</summary>
    /// <exception cref="ScenarioException">The sequence is not a valid order of the task ids.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    /// <exception cref="ReworkDivergenceException">Rework never dies out.</exception>
    public static ProcessAnalysisResult Analyse(Scenario scenario, ProcessAnalysisOptions? options = null) =>
        Analyse(scenario, options, CancellationToken.None);

    /// <summary>Runs the analysis until it ends or <paramref name="cancellation"/> is cancelled (a host whose user left).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    /// <exception cref="ScenarioException">The sequence is not a valid order of the task ids.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    /// <exception cref="ReworkDivergenceException">Rework never dies out.</exception>
    public static ProcessAnalysisResult Analyse(Scenario scenario, ProcessAnalysisOptions? options, CancellationToken cancellation) =>
        Analyse(scenario, options, null, cancellation);

    /// <summary>Runs the analysis as the overload without <paramref name="progress"/> does, telling it each simulation of a limit search before it runs.</summary>
    public static ProcessAnalysisResult Analyse(Scenario scenario, ProcessAnalysisOptions? options, IProgress<LimitSearchStep>? progress,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new ProcessAnalysisOptions();
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        var sequence = options.Sequence ?? scenario.DefaultSequence;
        scenario.CheckSequence(sequence);

        var evaluator = new SingleProjectEvaluator(scenario);
        var evaluation = evaluator.Evaluate(sequence, new EvaluationOptions
        {
            Replications = options.Replications,
            Seed = options.Seed,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
        }, null, cancellation);
        var demands = evaluator.Demands(evaluation);
        var spread = WorkSpread(evaluator.Model, sequence, options, cancellation);
        var resources = demands.Select((d, r) =>
        {
            var minimum = scenario.Tasks.Where(t => t.Resource == r).Sum(t => t.Duration);
            var half = spread[r];
            var ci = new Interval(d.Work - half, d.Work + half);
            var load = options.Interarrival is { } ia ? d.Work / (d.Capacity * ia) : double.NaN;
            var loadCi = options.Interarrival is { } at ? new Interval(ci.Lower / (d.Capacity * at), ci.Upper / (d.Capacity * at)) : new Interval(double.NaN, double.NaN);
            return new ResourceLoad(d.Name, d.Capacity, d.Work, ci, minimum, load, loadCi);
        }).ToList();

        var terms = FirstOrderTerms(scenario, sequence);
        var limits = Limits(scenario, sequence, resources, options, cancellation, progress);
        return new ProcessAnalysisResult([.. sequence], evaluation.Duration, resources, options.Interarrival,
            ReworkBound.FirstOrder(scenario, sequence), [.. terms.Take(options.TopCouplings)], limits);
    }

    /// <summary>Every non-zero term of the first-order rework bound, largest first (ties by row, then column).</summary>
    public static IReadOnlyList<CouplingTerm> FirstOrderTerms(Scenario scenario, IReadOnlyList<int> sequence)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        scenario.CheckSequence(sequence);
        var terms = new List<CouplingTerm>();
        for (var later = 1; later < sequence.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                var (i, j) = (sequence[earlier], sequence[later]);
                var term = scenario.ReworkProbability(i, j) * scenario.ReworkImpact(i, j) * scenario.Tasks[i - 1].Duration;
                if (term > 0)
                    terms.Add(new CouplingTerm(i, j, term));
            }
        }
        return [.. terms.OrderByDescending(t => t.Term).ThenBy(t => t.ReworkedId).ThenBy(t => t.CausingId)];
    }

    private static List<StabilityLimit> Limits(Scenario scenario, IReadOnlyList<int> sequence, List<ResourceLoad> resources, ProcessAnalysisOptions options,
        CancellationToken cancellation, IProgress<LimitSearchStep>? progress)
    {
        var binding = resources.OrderByDescending(r => r.StaticLimit).First();
        var floorResource = resources.OrderByDescending(r => r.MinimumWork / r.Capacity).First();
        var floor = floorResource.MinimumWork / floorResource.Capacity;
        var template = options.Simulation with { Sequence = [.. sequence], MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        var limits = new List<StabilityLimit>();
        foreach (var policy in options.Policies.Distinct())
        {
            if (policy == SequencingPolicy.Static)
            {
                limits.Add(new StabilityLimit(policy, binding.StaticLimit, binding.StaticLimit, Exact: true, binding.Name, 0));
                continue;
            }
            // Above the static limit by a margin: dynamic sequencing rarely needs more, and the search widens if it does.
            var start = Math.Max(binding.StaticLimit, floor) * 1.05;
            limits.Add(StabilitySearch.Bracket(scenario, policy, template, floor, start, options.Tolerance, floorResource.Name, progress, cancellation));
        }
        return limits;
    }

    /// <summary>Per resource, the half-width of the 95% CI of its work per project, from the replications of the evaluation.</summary>
    private static double[] WorkSpread(ProcessModel model, IReadOnlyList<int> sequenceIds, ProcessAnalysisOptions options, CancellationToken cancellation)
    {
        var order = model.ToIndices(sequenceIds);
        var resourceCount = model.ResourceCapacity.Length;
        var totals = ChunkedReplications.Cheap(options.Replications, options.MaxDegreeOfParallelism).Fold(
            () => new SingleProjectRun(model),
            (chunk, run) =>
            {
                cancellation.ThrowIfCancellationRequested();
                var stats = Enumerable.Range(0, resourceCount).Select(_ => new RunningStatistics()).ToArray();
                var before = new double[model.TaskCount];
                var work = new double[resourceCount];
                run.ResetTotals();
                for (var r = chunk.First; r < chunk.End; r++)
                {
                    run.Run(order, SeedMixer.Derive(options.Seed, (ulong)r));
                    Array.Clear(work);
                    for (var t = 0; t < model.TaskCount; t++)
                    {
                        // The run sums rework over replications; this replication's is the increase.
                        work[model.TaskResource[t]] += model.TaskDuration[t] + run.ReworkTime[t] - before[t];
                        before[t] = run.ReworkTime[t];
                    }
                    for (var k = 0; k < resourceCount; k++)
                        stats[k].Push(work[k]);
                }
                return stats;
            },
            Enumerable.Range(0, resourceCount).Select(_ => new RunningStatistics()).ToArray(),
            (total, part) => [.. total.Zip(part, RunningStatistics.Combine)]);
        return [.. totals.Select(t => SampleSummary.From(t).Ci95.HalfWidth)];
    }
}
