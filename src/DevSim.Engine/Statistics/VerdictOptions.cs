namespace DevSim.Engine.Statistics;

/// <summary>The thresholds of the <see cref="Verdict"/>; each default is justified in docs/cli.md (Statistics: percentiles, steady state and the verdict).</summary>
public sealed record VerdictOptions
{
    /// <summary>
    /// The largest acceptable 95% CI half-width of the mean duration, as a fraction of the mean.
    /// Default 0.10: beyond ±10% a planner cannot tell neighbouring designs apart.
    /// </summary>
    public double MaxRelativeHalfWidth { get; init; } = 0.10;

    /// <summary>
    /// The significance level of the trend test on the 20 batch means after the warm-up. Default
    /// 0.01: one settled run in a hundred is wrongly called unsettled, and a queue still filling
    /// shows p-values far below it.
    /// </summary>
    public double TrendSignificance { get; init; } = 0.01;

    /// <summary>
    /// How far (as a fraction of the mean duration's 95% CI half-width) cutting MSER-5's stretch beyond the warm-up
    /// may move the mean before the run is unsettled. Default 1: a bias smaller than the stated uncertainty does not
    /// change what the CI says; calibrated in docs/model.md#the-steady-state-verdict.
    /// </summary>
    public double MaxWarmupShift { get; init; } = 1.0;

    /// <summary>Every problem as (key, message); empty when valid.</summary>
    public IReadOnlyList<(string Key, string Message)> Problems()
    {
        var problems = new List<(string, string)>();
        if (!(MaxRelativeHalfWidth > 0))
            problems.Add(("max-half-width", $"{MaxRelativeHalfWidth} must be more than 0 (a fraction of the mean, 0.1 = 10%)"));
        if (!(TrendSignificance > 0 && TrendSignificance < 1))
            problems.Add(("trend-alpha", $"{TrendSignificance} must lie strictly between 0 and 1"));
        return problems;
    }
}
