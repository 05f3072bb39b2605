namespace DevSim.Engine.Statistics;

/// <summary>What the <see cref="VerdictRules"/> judge a run by.</summary>
/// <param name="Loads">Each resource's offered load with its CI.</param>
/// <param name="Replications">Replications run.</param>
/// <param name="StoppedReplications">Replications stopped because more than <paramref name="MaxInSystem"/> projects were in the system.</param>
/// <param name="MaxInSystem">That limit.</param>
/// <param name="Warmup">Projects discarded as warm-up.</param>
/// <param name="MserCut">The MSER-5 truncation of the duration series averaged over the replications, in projects.</param>
/// <param name="Trend">The trend test on the batch means after the warm-up (averaged over replications).</param>
/// <param name="MeanDuration">The mean project duration.</param>
/// <param name="RelativeHalfWidth">The 95% CI half-width of the mean duration over the mean; NaN when unknown.</param>
public sealed record VerdictEvidence(IReadOnlyList<ResourceLoad> Loads, int Replications, int StoppedReplications, int MaxInSystem,
    long Warmup, long MserCut, Trend Trend, double MeanDuration, double RelativeHalfWidth);
