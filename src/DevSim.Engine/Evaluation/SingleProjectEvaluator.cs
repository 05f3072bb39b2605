using DevSim.Engine.Input;
using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Statistics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace DevSim.Engine.Evaluation;

/// <summary>
/// Estimates the duration of one project that runs alone and follows a fixed sequence, by Monte
/// Carlo replications run in parallel (docs/model.md#dynamic-updating-of-rework and #static-sequencing: single-project mode).
/// </summary>
/// <remarks>
/// Replication r draws every random number from streams derived from (seed, r, task), and the
/// replications are summed in a fixed order, so the result does not depend on the thread count.
/// Two sequences evaluated with the same seed see the same random numbers per task execution
/// (common random numbers): their difference is estimated with far less noise than either value.
/// </remarks>
public sealed class SingleProjectEvaluator
{
    /// <summary>Prepares the evaluator for <paramref name="scenario"/>.</summary>
    public SingleProjectEvaluator(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Model = new ProcessModel(scenario);
    }

    /// <summary>The scenario being evaluated.</summary>
    public Scenario Scenario => Model.Scenario;

    internal ProcessModel Model { get; }

    /// <summary>Evaluates <paramref name="sequence"/> (task ids) with <paramref name="options"/>.</summary>
    /// <exception cref="ScenarioException">The sequence is not a permutation of the task ids.</exception>
    /// <exception cref="ReworkDivergenceException">Rework never dies out.</exception>
    public EvaluationResult Evaluate(IReadOnlyList<int> sequence, EvaluationOptions? options = null) => Evaluate(sequence, options, null, CancellationToken.None);

    /// <summary>
    /// Evaluates as <see cref="Evaluate(IReadOnlyList{int}, EvaluationOptions?)"/> does, telling <paramref name="progress"/> the
    /// share of replications finished (0 to 1, from any thread) and stopping between chunks of replications when
    /// <paramref name="cancellation"/> is cancelled (it then throws <see cref="OperationCanceledException"/>). The numbers are the same.
    /// </summary>
    public EvaluationResult Evaluate(IReadOnlyList<int> sequence, EvaluationOptions? options, IProgress<double>? progress, CancellationToken cancellation) =>
        Evaluate(sequence, options ?? new EvaluationOptions(), null, progress, cancellation);

    /// <summary>
    /// Evaluates as <see cref="Evaluate(IReadOnlyList{int}, EvaluationOptions?)"/> does and also returns each replication's
    /// duration: the same numbers as that evaluation and as <see cref="Sample"/> with the same seed and count, from one run
    /// of the replications instead of two.
    /// </summary>
    /// <exception cref="ScenarioException">The sequence is not a permutation of the task ids.</exception>
    /// <exception cref="ReworkDivergenceException">Rework never dies out.</exception>
    public (EvaluationResult Evaluation, double[] Durations) EvaluateWithDurations(IReadOnlyList<int> sequence, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        var durations = new double[options.Replications];
        return (Evaluate(sequence, options, durations, null, CancellationToken.None), durations);
    }

    private EvaluationResult Evaluate(IReadOnlyList<int> sequence, EvaluationOptions options, double[]? durations, IProgress<double>? progress,
        CancellationToken cancellation)
    {
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        var order = Model.ToIndices(sequence);
        var n = Model.TaskCount;

        var done = 0L;
        var parts = new ChunkedReplications(options.Replications, ChunkedReplications.CheapChunkSize, options.MaxDegreeOfParallelism, cancellation).Run(
            () => new SingleProjectRun(Model), (chunk, run) =>
            {
                run.ResetTotals();
                var stats = new RunningStatistics();
                var spread = new Moments[n];
                var before = new double[n];
                for (var r = chunk.First; r < chunk.End; r++)
                {
                    var duration = run.Run(order, SeedMixer.Derive(options.Seed, (ulong)r));
                    stats.Push(duration);
                    // A replication's rework is what it added to the chunk's running sums: taken here, so the searches'
                    // single-project loop (the same SingleProjectRun) does no work for a CI only evaluate reports.
                    var totals = run.ReworkTime;
                    for (var t = 0; t < n; t++)
                    {
                        spread[t] = spread[t].Add(totals[t] - before[t]);
                        before[t] = totals[t];
                    }
                    if (durations is not null)
                        durations[r] = duration;
                }
                progress?.Report((double)Interlocked.Add(ref done, chunk.End - chunk.First) / options.Replications);
                return (Statistics: stats, Executions: (double[])run.Executions.Clone(), Rework: (double[])run.ReworkTime.Clone(), ReworkSpread: spread);
            });

        // Combine in chunk order: floating-point sums then do not depend on scheduling.
        var total = new RunningStatistics();
        var executionSum = new double[n];
        var reworkSum = new double[n];
        var reworkSpread = new Moments[n];
        foreach (var part in parts)
        {
            total = RunningStatistics.Combine(total, part.Statistics);
            for (var t = 0; t < n; t++)
            {
                executionSum[t] += part.Executions[t];
                reworkSum[t] += part.Rework[t];
                reworkSpread[t] = reworkSpread[t].Combine(part.ReworkSpread[t]);
            }
        }
        var reps = (double)options.Replications;
        var t95 = StudentT.InvCDF(0, 1, reps - 1, 0.975);
        var tasks = Scenario.Tasks.Select((task, t) =>
        {
            // Centred on the mean reported (summed as before, so it keeps its every bit), with the spread across projects
            // pooled from the chunks' Welford moments.
            var mean = reworkSum[t] / reps;
            var half = t95 * Math.Sqrt(reworkSpread[t].Variance / reps);
            return new TaskReworkStatistics(task.Id, task.Name, executionSum[t] / reps, mean) { ReworkTimeCi95 = new Interval(mean - half, mean + half) };
        }).ToList();
        return new EvaluationResult([.. sequence], SampleSummary.From(total), tasks, options.Seed);
    }

    /// <summary>
    /// The durations of replications 0 to <paramref name="count"/> − 1 themselves, for histograms
    /// and paired comparisons: replication r is the same one <see cref="Evaluate(IReadOnlyList{int}, EvaluationOptions?)"/> runs with the
    /// same seed, so two sequences sampled with one seed are paired replication by replication.
    /// </summary>
    /// <exception cref="ScenarioException">The sequence is not a permutation of the task ids.</exception>
    /// <exception cref="ReworkDivergenceException">Rework never dies out.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled (checked every 4,096 replications).</exception>
    public double[] Sample(IReadOnlyList<int> sequence, int count, ulong seed = 1, int maxDegreeOfParallelism = -1, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var order = Model.ToIndices(sequence);
        var durations = new double[count];
        ChunkedReplications.Cheap(count, maxDegreeOfParallelism).ForEach(() => new SingleProjectRun(Model), (chunk, run) =>
        {
            for (var r = chunk.First; r < chunk.End; r++)
            {
                if ((r & 4095) == 0)
                    cancellation.ThrowIfCancellationRequested();
                durations[r] = run.Run(order, SeedMixer.Derive(seed, (ulong)r));
            }
        });
        return durations;
    }

    /// <summary>
    /// The expected work each resource does per project under static sequencing, from an evaluation
    /// of this scenario: per task its full duration d plus its expected rework time, summed over the
    /// resource's tasks. Under static sequencing a project's executions do not depend on waiting, so
    /// these are exactly the loads projects bring in a multi-project run.
    /// </summary>
    public IReadOnlyList<ResourceDemand> Demands(EvaluationResult evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var work = new double[Scenario.Resources.Count];
        foreach (var (task, stats) in Scenario.Tasks.Zip(evaluation.Tasks))
            work[task.Resource] += task.Duration + stats.ReworkTime;
        return [.. Scenario.Resources.Select((r, i) => new ResourceDemand(r.Name, r.Capacity, work[i]))];
    }
}
