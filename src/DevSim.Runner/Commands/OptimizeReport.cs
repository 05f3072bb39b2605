using DevSim.Engine.Optimization;

namespace DevSim.Runner.Commands;

/// <summary>The JSON contract of <c>devsim optimize</c>.</summary>
internal sealed record OptimizeReport(string Scenario, string Method, string Objective, OptimizeReport.Entry Best, IReadOnlyList<OptimizeReport.Entry> Top,
    long Evaluations, int? Generations, long ReplicationsSimulated, string StopReason, double[]? RunnerUpDifference, bool? Separated,
    ulong Seed, double ElapsedSeconds)
{
    /// <summary>Exhaustive search with precedence constraints: the orders that respect them (absent from the JSON otherwise).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public long? SequencesRespectingPrecedence { get; init; }

    /// <summary>A sequence; <c>mean</c>, <c>sd</c>, <c>ci95</c> come from <c>reps</c> fresh replications, never from the selection estimate.</summary>
    public sealed record Entry(int[] Sequence, double Mean, double Sd, double[] Ci95, int Reps, double SelectionMean, int SelectionReps, int Equivalents);

    public static OptimizeReport From(string scenario, OptimizationResult r, ulong seed, double elapsedSeconds)
    {
        static Entry E(RankedSequence s) => new([.. s.Sequence], s.Mean, s.Sd, [s.Ci95.Lower, s.Ci95.Upper], s.Replications, s.SelectionMean, s.SelectionReplications, s.Equivalents);
        return new OptimizeReport(scenario, r.Method, r.Objective == Engine.Optimization.Objective.Minimize ? "min" : "max", E(r.Best), r.Top.Select(E).ToList(),
            r.Evaluations, r.Generations, r.ReplicationsSimulated, r.StopReason,
            r.RunnerUpDifference is { } d ? [d.Lower, d.Upper] : null, r.Separated, seed, elapsedSeconds)
        {
            SequencesRespectingPrecedence = r.SequencesRespectingPrecedence,
        };
    }
}
