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
    long Warmup, long MserCut, Trend Trend, double MeanDuration, double RelativeHalfWidth)
{
    /// <summary>
    /// How far the mean duration would move if MSER-5's cut were taken beyond the warm-up (the replication-averaged
    /// series' mean after the cut minus its mean after the warm-up, days); 0 when the cut is no more than the warm-up.
    /// </summary>
    public double MserShift { get; init; }

    /// <summary>Each resource's mean utilisation, in the order of <see cref="Loads"/>: it tells a saturated resource from one held back by it (empty: unknown).</summary>
    public IReadOnlyList<double> Utilizations { get; init; } = [];

    /// <summary>Each resource's status, from <see cref="Loads"/> and <see cref="Utilizations"/>.</summary>
    public IReadOnlyList<ResourceStatus> Statuses => ResourceStatuses.Classify(Loads, Utilizations);

    /// <summary>The length of the finite arrival list the run replayed, or null for an unbounded arrival process.</summary>
    public int? FiniteArrivals { get; init; }

    /// <summary>False for projects evaluated alone (no queues, so no warm-up, trend or loads to check): only the CI width is judged.</summary>
    public bool SteadyStateChecked { get; init; } = true;
}
