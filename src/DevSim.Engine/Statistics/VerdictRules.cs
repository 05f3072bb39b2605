using System.Globalization;

namespace DevSim.Engine.Statistics;

/// <summary>
/// Judges a run: <see cref="Verdict.Overloaded"/> when a resource's offered-load CI lies above 1 or
/// a replication was stopped; <see cref="Verdict.Unsettled"/> when a load CI contains 1, MSER-5
/// would cut more than the warm-up, the durations still trend, or the mean's CI is too wide;
/// <see cref="Verdict.Stable"/> otherwise. Every failed check gives one plain sentence.
/// </summary>
public static class VerdictRules
{
    /// <summary>The verdict and its reasons (for a stable run, one sentence saying what was checked).</summary>
    public static (Verdict Verdict, IReadOnlyList<string> Reasons) Judge(VerdictEvidence evidence, VerdictOptions options)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(options);
        var overloaded = new List<string>();
        var unsettled = new List<string>();
        foreach (var load in evidence.Loads)
        {
            var text = $"{load.Name}'s offered load is {F(load.Load, 3)} (95% CI [{F(load.Ci95.Lower, 3)}, {F(load.Ci95.Upper, 3)}])";
            if (load.Ci95.Lower > 1)
                overloaded.Add($"{text}, above 1: it cannot keep up and its queue grows without bound.");
            else if (load.Ci95.Contains(1))
                unsettled.Add($"{text}, which contains 1: it may be saturated, and queues near saturation take very long to settle.");
        }
        if (evidence.StoppedReplications > 0)
        {
            overloaded.Add($"{evidence.StoppedReplications} of {evidence.Replications} replications stopped with more than " +
                $"{evidence.MaxInSystem:N0} projects in the system.");
        }
        if (evidence.MserCut > evidence.Warmup)
        {
            unsettled.Add($"MSER-5 would discard the first {evidence.MserCut:N0} projects, more than the warm-up of {evidence.Warmup:N0}: " +
                "the start of the run still biases the means (try --warmup auto or more projects).");
        }
        var trend = evidence.Trend;
        if (trend.IsSignificant(options.TrendSignificance))
        {
            var direction = trend.RelativeDrift > 0 ? "grow" : "shrink";
            unsettled.Add($"Durations still {direction}: the fitted trend over {trend.Batches} batches after the warm-up changes them by " +
                $"{F(100 * trend.RelativeDrift, 1)}% (p = {trend.PValue.ToString("G2", CultureInfo.InvariantCulture)}, limit {F(options.TrendSignificance, 3)}).");
        }
        if (evidence.RelativeHalfWidth > options.MaxRelativeHalfWidth)
        {
            unsettled.Add($"The 95% CI of the mean duration is ±{F(100 * evidence.RelativeHalfWidth, 1)}% of the mean, " +
                $"wider than ±{F(100 * options.MaxRelativeHalfWidth, 1)}%: more projects or replications are needed.");
        }
        else if (double.IsNaN(evidence.RelativeHalfWidth) || double.IsNaN(evidence.MeanDuration))
        {
            unsettled.Add("Too few projects were counted to estimate the mean duration's CI.");
        }
        if (overloaded.Count > 0)
            return (Verdict.Overloaded, [.. overloaded, .. unsettled]);
        if (unsettled.Count > 0)
            return (Verdict.Unsettled, unsettled);
        var highest = evidence.Loads.Count > 0 ? evidence.Loads.MaxBy(l => l.Ci95.Upper) : default;
        var loadText = evidence.Loads.Count > 0
            ? $"every resource's offered load is below 1 (highest: {highest.Name}, 95% CI up to {F(highest.Ci95.Upper, 3)}), "
            : "";
        return (Verdict.Stable, [$"Settled: {loadText}MSER-5 cuts no more than the warm-up, no trend after it, " +
            $"and the mean duration's CI is ±{F(100 * evidence.RelativeHalfWidth, 1)}% of the mean."]);
    }

    private static string F(double value, int digits) => value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
