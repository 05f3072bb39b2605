using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;

namespace DevSim.Engine.Evaluation;

/// <summary>
/// One thread's working memory for single-project replications: everything is allocated once
/// here, so a replication allocates nothing. Also accumulates the per-task statistics.
/// </summary>
internal sealed class SingleProjectRun
{
    /// <summary>A replication with more executions than this is taken as divergent rework (docs/model.md#rework-that-never-dies-out).</summary>
    public const int ExecutionLimit = 1_000_000;

    private readonly ProcessModel _model;
    private readonly double[] _pending;
    private readonly bool[] _done;
    private readonly SplitMix64[] _streams;

    public SingleProjectRun(ProcessModel model)
    {
        _model = model;
        var n = model.TaskCount;
        _pending = new double[n];
        _done = new bool[n];
        _streams = new SplitMix64[n];
        Executions = new double[n];
        ReworkTime = new double[n];
    }

    /// <summary>Sum over the replications run so far of each task's executions.</summary>
    public double[] Executions { get; }

    /// <summary>Sum over the replications run so far of each task's rework time.</summary>
    public double[] ReworkTime { get; }

    /// <summary>Forgets the accumulated per-task sums.</summary>
    public void ResetTotals()
    {
        Array.Clear(Executions);
        Array.Clear(ReworkTime);
    }

    /// <summary>
    /// Simulates one project following <paramref name="sequence"/> (0-based task indices) alone,
    /// with every random number drawn from task streams seeded by <paramref name="replicationSeed"/>;
    /// returns its duration.
    /// </summary>
    public double Run(ReadOnlySpan<int> sequence, ulong replicationSeed)
    {
        var model = _model;
        var pending = _pending;
        var done = _done;
        var streams = _streams;
        var durations = model.Durations;
        model.StartProject(pending, done, streams, replicationSeed);

        var time = 0.0;
        var executions = 0;
        var position = 0;
        while ((position = NextTaskRule.StaticChoice(sequence, pending, position)) >= 0)
        {
            var task = sequence[position];
            var amount = pending[task];
            pending[task] = 0;
            var duration = amount * durations.Sample(task, ref streams[task]);
            time += duration;
            Executions[task]++;
            if (done[task])
                ReworkTime[task] += duration;
            if (ReworkRule.Complete(model, task, amount, pending, done, ref streams[task]))
                position = 0; // rework may lie before the current position
            if (++executions > ExecutionLimit)
                throw ReworkDivergenceException.For(model.Scenario, executions);
        }
        return time;
    }
}
