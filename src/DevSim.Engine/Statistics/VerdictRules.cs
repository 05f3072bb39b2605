using System.Globalization;

namespace DevSim.Engine.Statistics;

/// <summary>
/// Judges a run (docs/model.md#the-steady-state-verdict): <see cref="Verdict.Overloaded"/> when a resource's
/// offered-load CI lies above 1 or a replication was stopped; <see cref="Verdict.Unsettled"/> when a load CI
/// contains 1, cutting MSER-5's stretch beyond the warm-up would move the mean duration by more than its CI
/// half-width, the durations still trend, or the mean's CI is too wide; <see cref="Verdict.Stable"/> otherwise.
/// Every failed check gives one plain sentence; a check that could not run says so rather than pass silently.
/// </summary>
public static class VerdictRules
{
    /// <summary>The verdict and its reasons (for a stable run, one sentence saying what was checked).</summary>
    public static (Verdict Verdict, IReadOnlyList<string> Reasons) Judge(VerdictEvidence evidence, VerdictOptions options)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(options);
        if (evidence.FiniteArrivals is { } count)
        {
            return (Verdict.Finite, [$"A finite list of {count:N0} arrivals, each followed to completion: a finite-horizon run has no steady " +
                "state to judge, and so few projects give no offered load to extrapolate; the numbers describe these projects only."]);
        }
        var overloaded = new List<string>();
        var unsettled = new List<string>();
        var statuses = evidence.Statuses;
        var saturated = evidence.Loads.Where((_, r) => statuses[r] == ResourceStatus.Saturated).Select(l => l.Name).ToList();
        for (var r = 0; r < evidence.Loads.Count; r++)
        {
            var load = evidence.Loads[r];
            var text = $"{load.Name}'s offered load is {F(load.Load, 3)} (95% CI [{F(load.Ci95.Lower, 3)}, {F(load.Ci95.Upper, 3)}])";
            if (statuses[r] == ResourceStatus.HeldBack)
            {
                overloaded.Add($"{text}, but it is busy only {F(100 * evidence.Utilizations[r], 1)}% of the time: held back by " +
                    $"{Names(saturated)}, it would be over capacity once {Names(saturated)} {(saturated.Count == 1 ? "keeps" : "keep")} up.");
            }
            else if (load.Ci95.Lower > 1)
            {
                overloaded.Add($"{text}, above 1: it cannot keep up and its queue grows without bound.");
            }
            else if (load.Ci95.Contains(1))
            {
                unsettled.Add($"{text}, which contains 1: it may be saturated, and queues near saturation take very long to settle.");
            }
        }
        if (evidence.StoppedReplications > 0)
        {
            overloaded.Add($"{evidence.StoppedReplications} of {evidence.Replications} replications stopped with more than " +
                $"{evidence.MaxInSystem:N0} projects in the system{HeldBeforeTheResources(evidence.Loads)}.");
        }
        var halfWidth = evidence.RelativeHalfWidth * evidence.MeanDuration;
        if (IsWarmupBiased(evidence, options))
        {
            unsettled.Add($"MSER-5 would discard the first {evidence.MserCut:N0} projects, more than the warm-up of {evidence.Warmup:N0}, " +
                $"and that would move the mean duration by {Signed(evidence.MserShift)} days, more than {Share(options.MaxWarmupShift)}its " +
                $"95% CI half-width of {F(halfWidth, 2)}: the start of the run still biases the mean (try --warmup auto or more projects).");
        }
        var trend = evidence.Trend;
        if (IsTestable(trend) && trend.IsSignificant(options.TrendSignificance))
        {
            var direction = trend.RelativeDrift > 0 ? "grow" : "shrink";
            unsettled.Add($"Durations still {direction}: the fitted trend over {trend.Batches} batches after the warm-up changes them by " +
                $"{F(100 * trend.RelativeDrift, 1)}% (p = {P(trend.PValue)}, limit {F(options.TrendSignificance, 3)}).");
        }
        if (evidence.RelativeHalfWidth > options.MaxRelativeHalfWidth)
        {
            unsettled.Add($"The 95% CI of the mean duration is ±{F(100 * evidence.RelativeHalfWidth, 1)}% of the mean, " +
                $"wider than ±{F(100 * options.MaxRelativeHalfWidth, 1)}%: more projects or replications are needed.");
        }
        else if (!double.IsFinite(evidence.RelativeHalfWidth) || !double.IsFinite(evidence.MeanDuration))
        {
            unsettled.Add("Too few projects were counted to estimate the mean duration's CI.");
        }
        if (overloaded.Count > 0)
            return (Verdict.Overloaded, [.. overloaded, .. unsettled]);
        if (unsettled.Count > 0)
            return (Verdict.Unsettled, unsettled);
        return (Verdict.Stable, [StableSentence(evidence, halfWidth)]);
    }

    /// <summary>
    /// Whether cutting MSER-5's stretch beyond the warm-up would move the mean by more than
    /// <see cref="VerdictOptions.MaxWarmupShift"/> of its CI half-width: bias judged by its effect, since on a
    /// stationary stretch MSER's statistic is flat and where its minimiser lands is noise.
    /// </summary>
    public static bool IsWarmupBiased(VerdictEvidence evidence, VerdictOptions options)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(options);
        var halfWidth = evidence.RelativeHalfWidth * evidence.MeanDuration;
        return evidence.MserCut > evidence.Warmup && double.IsFinite(halfWidth) && Math.Abs(evidence.MserShift) > options.MaxWarmupShift * halfWidth;
    }

    /// <summary>
    /// When no resource's load CI reaches 1, no team is to blame for the projects piling up: they wait before the resources,
    /// as behind a WIP cap that admits them more slowly than they arrive, or the in-system bound is below what the load holds.
    /// Without this a planner reads "overloaded" and looks for a saturated team the tables do not show.
    /// </summary>
    private static string HeldBeforeTheResources(IReadOnlyList<ResourceLoad> loads)
    {
        // A load whose CI is unknown (a type that finished no project gives its replications no load of their own) is read by its mean.
        static double Reach(ResourceLoad l) => double.IsFinite(l.Ci95.Upper) ? l.Ci95.Upper : l.Load;
        if (loads.Count == 0 || loads.Any(l => !(Reach(l) < 1)))
            return "";
        var highest = loads.MaxBy(Reach)!;
        var reach = double.IsFinite(highest.Ci95.Upper) ? $"95% CI up to {F(highest.Ci95.Upper, 3)}" : $"{F(highest.Load, 3)}, no CI";
        return $", though no resource's offered load reaches 1 (highest: {highest.Name}, {reach}): the projects " +
            "piled up before the resources, as behind a WIP cap that admits them more slowly than they arrive (see the backlog wait; raise " +
            "the cap, or lift it with --wip-cap none), or --max-in-system is below the number this load keeps in the system";
    }

    private static string Names(List<string> names) =>
        names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    private static bool IsTestable(Trend trend) => trend.Batches >= 3 && double.IsFinite(trend.PValue);

    private static string StableSentence(VerdictEvidence evidence, double halfWidth)
    {
        var ci = $"the mean duration's CI is ±{F(100 * evidence.RelativeHalfWidth, 1)}% of the mean";
        if (!evidence.SteadyStateChecked)
            return $"Settled: projects evaluated alone do not queue, so only the CI is checked; {ci}.";
        var parts = new List<string>();
        if (evidence.Loads.Count > 0)
        {
            var highest = evidence.Loads.MaxBy(l => l.Ci95.Upper);
            parts.Add($"every resource's offered load is below 1 (highest: {highest.Name}, 95% CI up to {F(highest.Ci95.Upper, 3)})");
        }
        parts.Add(evidence.MserCut > evidence.Warmup
            ? $"MSER-5's cut of {evidence.MserCut:N0} projects, past the warm-up of {evidence.Warmup:N0}, would move the mean by only " +
              $"{Signed(evidence.MserShift)} days (CI half-width {F(halfWidth, 2)})"
            : "MSER-5 cuts no more than the warm-up");
        var trend = evidence.Trend;
        parts.Add(IsTestable(trend)
            ? $"no trend after it (p = {P(trend.PValue)} over {trend.Batches} batches)"
            : $"no trend test ({trend.Batches} batch means after the warm-up; it needs 3)");
        parts.Add(ci);
        return $"Settled: {string.Join(", ", parts.Take(parts.Count - 1))}, and {parts[^1]}.";
    }

    private static string Share(double factor) => factor == 1 ? "" : $"{F(factor, 2)} × ";

    private static string Signed(double value) => value.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    private static string P(double p) => p.ToString("G2", CultureInfo.InvariantCulture);

    private static string F(double value, int digits) => value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
