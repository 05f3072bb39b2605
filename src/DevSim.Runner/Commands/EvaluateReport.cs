using DevSim.Engine.Evaluation;

namespace DevSim.Runner.Commands;

/// <summary>The JSON contract of <c>devsim evaluate</c>.</summary>
internal sealed record EvaluateReport(
    string Scenario, double Mean, double Sd, double Se, double[] Ci95, long Reps, ulong Seed, int[] Sequence,
    IReadOnlyList<EvaluateReport.TaskRow> Tasks, double ElapsedSeconds)
{
    public sealed record TaskRow(int Id, string Name, double Executions, double ReworkTime);

    public static EvaluateReport From(string scenario, EvaluationResult r, double elapsedSeconds) => new(
        scenario, r.Duration.Mean, r.Duration.StandardDeviation, r.Duration.StandardError,
        [r.Duration.Ci95.Lower, r.Duration.Ci95.Upper], r.Replications, r.Seed, [.. r.Sequence],
        r.Tasks.Select(t => new TaskRow(t.Id, t.Name, t.Executions, t.ReworkTime)).ToList(), elapsedSeconds);
}
