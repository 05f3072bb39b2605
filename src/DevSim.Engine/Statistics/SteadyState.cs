namespace DevSim.Engine.Statistics;

/// <summary>A multi-project run's steady-state diagnostics and verdict (issue 17).</summary>
/// <param name="Verdict">stable, unsettled, overloaded, or finite for a finite arrival list.</param>
/// <param name="Reasons">Plain sentences: the checks that failed, or what a stable run passed.</param>
/// <param name="Warmup">Projects discarded as warm-up in each replication.</param>
/// <param name="MserCut">The MSER-5 truncation of the duration series averaged over the replications, in projects: the verdict compares it with the warm-up.</param>
/// <param name="MserCutLargest">The largest MSER-5 truncation of a single replication, in projects: what <c>--warmup auto</c> uses.</param>
/// <param name="MserCuts">Each replication's MSER-5 truncation, in projects.</param>
/// <param name="MserResolution">The batch size of the averaged series MSER worked at (5·2^k projects, at most 128 batches): <paramref name="MserCut"/> is a multiple of it.</param>
/// <param name="Trend">The trend test on the 20 batch means after the warm-up, averaged over the replications.</param>
/// <param name="RelativeHalfWidth">The mean duration's 95% CI half-width over the mean.</param>
/// <param name="Loads">Each resource's offered load with its 95% CI.</param>
/// <param name="CiMethod">How the CIs were formed: "replications", or "batch means (20 batches)" for one replication.</param>
public sealed record SteadyState(Verdict Verdict, IReadOnlyList<string> Reasons, int Warmup, long MserCut, long MserCutLargest, IReadOnlyList<long> MserCuts,
    int MserResolution, Trend Trend, double RelativeHalfWidth, IReadOnlyList<ResourceLoad> Loads, string CiMethod)
{
    /// <summary>The change in the mean duration (days) were MSER-5's cut taken beyond the warm-up; 0 when it is no more than the warm-up.</summary>
    public double MserShift { get; init; }

    /// <summary>Each resource's status (ok, saturated or held back), in the order of <see cref="Loads"/>.</summary>
    public IReadOnlyList<ResourceStatus> Statuses { get; init; } = [];

    /// <summary>The projects after the warm-up over every replication: what the pooled percentiles rest on.</summary>
    public long ProjectsCounted { get; init; }
}
