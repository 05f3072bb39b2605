using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Statistics;
using MathNet.Numerics.Statistics;

namespace DevSim.Engine.Evaluation;

/// <summary>
/// Estimates the duration of one project that runs alone and follows a fixed sequence, by Monte
/// Carlo replications run in parallel (MODEL.md sections 3-4, single-project mode).
/// </summary>
/// <remarks>
/// Replication r draws every random number from streams derived from (seed, r, task), and the
/// replications are summed in a fixed order, so the result does not depend on the thread count.
/// Two sequences evaluated with the same seed see the same random numbers per task execution
/// (common random numbers): their difference is estimated with far less noise than either value.
/// </remarks>
public sealed class SingleProjectEvaluator
{
    private const int ChunkSize = 4096;

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
    public EvaluationResult Evaluate(IReadOnlyList<int> sequence, EvaluationOptions? options = null)
    {
        options ??= new EvaluationOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Replications, 2, nameof(options.Replications));
        var order = Model.ToIndices(sequence);
        var n = Model.TaskCount;

        var chunks = (options.Replications + ChunkSize - 1) / ChunkSize;
        var statistics = new RunningStatistics[chunks];
        var executions = new double[chunks][];
        var rework = new double[chunks][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        ParallelRunner.For(chunks, parallel, () => new SingleProjectRun(Model), (chunk, run) =>
        {
            run.ResetTotals();
            var stats = new RunningStatistics();
            var first = (long)chunk * ChunkSize;
            var last = Math.Min(first + ChunkSize, options.Replications);
            for (var r = first; r < last; r++)
                stats.Push(run.Run(order, SeedMixer.Derive(options.Seed, (ulong)r)));
            statistics[chunk] = stats;
            executions[chunk] = (double[])run.Executions.Clone();
            rework[chunk] = (double[])run.ReworkTime.Clone();
        });

        // Combine in chunk order: floating-point sums then do not depend on scheduling.
        var total = new RunningStatistics();
        var executionSum = new double[n];
        var reworkSum = new double[n];
        for (var c = 0; c < chunks; c++)
        {
            total = RunningStatistics.Combine(total, statistics[c]);
            for (var t = 0; t < n; t++)
            {
                executionSum[t] += executions[c][t];
                reworkSum[t] += rework[c][t];
            }
        }
        var reps = (double)options.Replications;
        var tasks = Scenario.Tasks.Select((task, t) =>
            new TaskReworkStatistics(task.Id, task.Name, executionSum[t] / reps, reworkSum[t] / reps)).ToList();
        return new EvaluationResult([.. sequence], SampleSummary.From(total), tasks, options.Seed);
    }
}
