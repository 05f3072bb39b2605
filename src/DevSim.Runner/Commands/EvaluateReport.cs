using DevSim.Engine.Evaluation;

namespace DevSim.Runner.Commands;

/// <summary>The JSON contract of <c>devsim evaluate</c>.</summary>
internal sealed record EvaluateReport(
    string Scenario, double Mean, double Sd, double Se, double[] Ci95, long Reps, ulong Seed, int[] Sequence,
    IReadOnlyList<EvaluateReport.TaskRow> Tasks, double ElapsedSeconds)
{
    /// <summary>A task's row; <paramref name="ReworkTimeCi95"/> is the 95% CI of its rework time (Student t over the projects).</summary>
    public sealed record TaskRow(int Id, string Name, double Executions, double ReworkTime, double[] ReworkTimeCi95);

    public static EvaluateReport From(string scenario, EvaluationResult r, double elapsedSeconds) => new(
        scenario, r.Duration.Mean, r.Duration.StandardDeviation, r.Duration.StandardError,
        Output.BoundedCi.NonNegative(r.Duration.Ci95), r.Replications, r.Seed, [.. r.Sequence],
        r.Tasks.Select(t => new TaskRow(t.Id, t.Name, t.Executions, t.ReworkTime, Output.BoundedCi.NonNegative(t.ReworkTimeCi95))).ToList(), elapsedSeconds);
}
