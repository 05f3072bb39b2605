namespace DevSim.Engine.Statistics;

/// <summary>One replication's quantiles and steady-state diagnostics (issue 17).</summary>
/// <param name="Sketch">The durations of the projects after the warm-up, as a mergeable quantile sketch.</param>
/// <param name="MserCut">The MSER-5 truncation of the duration series in completion order, in projects (a multiple of <paramref name="MserResolution"/>).</param>
/// <param name="MserResolution">The batch size MSER saw: 5·2^k projects, k the doublings a long run needed.</param>
/// <param name="DurationBatches">The mean duration of up to 20 equal batches of the projects completed after the warm-up.</param>
/// <param name="WaitingBatches">The same for waiting time.</param>
/// <param name="ReworkBatches">The same for rework time.</param>
/// <param name="DurationSeries">The whole duration series in completion order as bounded batch means (for MSER on the average over replications).</param>
/// <param name="WorkPerProject">Per resource, the work every finished project brought (warm-up included).</param>
public sealed record ReplicationDiagnostics(QuantileSketch Sketch, long MserCut, int MserResolution,
    IReadOnlyList<double> DurationBatches, IReadOnlyList<double> WaitingBatches, IReadOnlyList<double> ReworkBatches,
    BatchMeans DurationSeries, IReadOnlyList<Moments> WorkPerProject)
{
    /// <summary>Batch means of the time-weighted measures; gathered only when the run has one replication, else null.</summary>
    public TimeWeightedBatches? TimeWeighted { get; init; }
}
