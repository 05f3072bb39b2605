using DevSim.Engine.Statistics;

namespace DevSim.Engine.Evaluation;

/// <summary>Per-task results of a single-project evaluation.</summary>
/// <param name="Id">Task id.</param>
/// <param name="Name">Task name.</param>
/// <param name="Executions">Expected number of executions per project (1 plus expected reworks).</param>
/// <param name="ReworkTime">Expected time spent reworking the task per project (executions after the first).</param>
public sealed record TaskReworkStatistics(int Id, string Name, double Executions, double ReworkTime)
{
    /// <summary>
    /// The 95% CI of <see cref="ReworkTime"/>: Student t over the replications (each one project), as the duration's
    /// (docs/model.md#confidence-intervals). NaN bounds when not computed.
    /// </summary>
    public Interval ReworkTimeCi95 { get; init; } = new(double.NaN, double.NaN);
}
