using DevSim.Engine.Statistics;

namespace DevSim.Engine.Evaluation;

/// <summary>The single-project duration of one sequence, estimated by Monte Carlo.</summary>
/// <param name="Sequence">The task ids in order.</param>
/// <param name="Duration">The project duration: mean, sd, se and 95% CI over replications.</param>
/// <param name="Tasks">Per task, by id: expected executions and rework time.</param>
/// <param name="Seed">The master seed used.</param>
public sealed record EvaluationResult(IReadOnlyList<int> Sequence, SampleSummary Duration, IReadOnlyList<TaskReworkStatistics> Tasks, ulong Seed)
{
    /// <summary>Replications run.</summary>
    public long Replications => Duration.Count;
}
