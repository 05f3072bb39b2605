using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Runner.Commands;

/// <summary>The JSON contract of <c>devsim simulate</c>. Keys named by the issue are kept exactly; others are additions.</summary>
internal sealed record SimulateReport(
    string Scenario, string Policy, double Interarrival, string Arrivals, int[] Sequence, int Projects, int Warmup, int Reps, ulong Seed,
    SimulateReport.DurationBlock Duration, SimulateReport.MeanBlock Waiting, SimulateReport.MeanBlock Rework, SimulateReport.MeanBlock InSystem,
    IReadOnlyList<SimulateReport.ResourceRow> Resources, object Unstable, double? UnstableLoad, long Events, double ElapsedSeconds,
    string Verdict, IReadOnlyList<string> Reasons, SimulateReport.SteadyStateBlock SteadyState)
{
    // P50..P99: percentiles of the pooled post-warm-up durations of every replication (quantile sketch, within 0.5%);
    // P50Ci95..P99Ci95: their 95% CIs across the replications' own percentiles, null with one replication;
    // Projects: the projects after the warm-up over every replication, which the percentiles rest on.
    public sealed record DurationBlock(double Mean, double Sd, double[] Ci95, double P50, double P90, double P99,
        double[]? P50Ci95, double[]? P90Ci95, double[]? P99Ci95, long Projects);

    // WarmupRule: "default (10%)", "given" or "auto (MSER-5)"; MserCut: MSER-5's truncation of the series averaged over the
    // replications (the verdict's), MserCutLargest: the largest single replication's (--warmup auto's), in projects, multiples of MserResolution; Trend: the test on 20 batch means after the warm-up; CiMethod: "replications"
    // or "batch means (20 batches)"; MserShift: how far (days) the mean duration would move were MSER-5's cut taken beyond the
    // warm-up (0 when it is not beyond): the verdict's test of warm-up bias (docs/model.md#the-steady-state-verdict).
    public sealed record SteadyStateBlock(int Warmup, string WarmupRule, long MserCut, long MserCutLargest, IReadOnlyList<long> MserCuts, int MserResolution,
        TrendBlock Trend, double RelativeHalfWidth, string CiMethod, double MserShift);

    // RelativeDrift, PValue and Significant are null when no test ran (fewer than 3 batch means after the warm-up).
    public sealed record TrendBlock(double RelativeDrift, double PValue, int Batches, bool? Significant);

    public sealed record MeanBlock(double Mean, double[] Ci95);

    // OfferedLoad and its CI are null for a finite arrival list (no rate to extrapolate); Status: ok, saturated
    // (the bottleneck: busy at capacity, its queue grows) or held-back (load above 1 but starved by a saturated resource).
    public sealed record ResourceRow(string Name, int Capacity, double Utilization, double Queue, double Wait, double OfferedLoad,
        double[] UtilizationCi95, double[] QueueCi95, double[] WaitCi95, double[] OfferedLoadCi95, string? Person, string Status);

    /// <param name="scenario">The scenario's name.</param>
    /// <param name="arrivals">The arrival process's name.</param>
    /// <param name="r">The result.</param>
    /// <param name="elapsedSeconds">Wall-clock time of the run.</param>
    /// <param name="people">Who staffs each resource (the scenario's staffing), null entries for none.</param>
    /// <param name="warmupRule">How the warm-up was chosen: "default (10%)", "given" or "auto (MSER-5)".</param>
    public static SimulateReport From(string scenario, string arrivals, SimulationResult r, double elapsedSeconds, IReadOnlyList<string?>? people = null,
        string warmupRule = "default (10%)")
    {
        var o = r.Options;
        var steady = r.SteadyState ?? throw new ArgumentException("the result has no steady-state diagnostics", nameof(r));
        // Every measure here is non-negative: its CI is cut at 0 (docs/model.md#intervals-of-bounded-quantities-are-cut-at-their-bounds).
        static double[] Ci(Engine.Statistics.SampleSummary s) => Output.BoundedCi.NonNegative(s.Ci95);
        static double[] Pair(Engine.Statistics.Interval i) => Output.BoundedCi.NonNegative(i);
        var p = r.Percentiles.Ci95;
        return new SimulateReport(scenario, o.Policy.Name(), o.Arrivals.MeanInterarrival, arrivals,
            [.. r.Sequence], o.Projects, o.EffectiveWarmup, o.Replications, o.Seed,
            new DurationBlock(r.Duration.Mean, r.DurationSd, Ci(r.Duration), r.Percentiles.P50, r.Percentiles.P90, r.Percentiles.P99,
                p is null ? null : Pair(p.P50), p is null ? null : Pair(p.P90), p is null ? null : Pair(p.P99), steady.ProjectsCounted),
            new MeanBlock(r.Waiting.Mean, Ci(r.Waiting)),
            new MeanBlock(r.Rework.Mean, Ci(r.Rework)),
            new MeanBlock(r.InSystem.Mean, Ci(r.InSystem)),
            r.Resources.Select((x, i) => new ResourceRow(x.Name, x.Capacity, x.Utilization.Mean, x.Queue.Mean, x.Wait.Mean,
                steady.Verdict == Engine.Statistics.Verdict.Finite ? double.NaN : x.OfferedLoad, Ci(x.Utilization), Ci(x.Queue), Ci(x.Wait), Pair(steady.Loads[i].Ci95), people?[i],
                i < steady.Statuses.Count ? steady.Statuses[i].Name() : "ok")).ToList(),
            r.Unstable is null ? false : r.Unstable, r.IsUnstable && double.IsFinite(r.UnstableLoad) ? r.UnstableLoad : null, r.Events, elapsedSeconds,
            steady.Verdict.ToString().ToLowerInvariant(), steady.Reasons,
            new SteadyStateBlock(steady.Warmup, warmupRule, steady.MserCut, steady.MserCutLargest, steady.MserCuts, steady.MserResolution,
                TrendOf(steady.Trend, o.Verdict.TrendSignificance), steady.RelativeHalfWidth, steady.CiMethod, steady.MserShift));
    }

    /// <summary>The trend test as JSON gives it: its numbers and significance null when it could not run.</summary>
    public static TrendBlock TrendOf(Trend trend, double alpha) => trend.Batches >= 3 && double.IsFinite(trend.PValue)
        ? new TrendBlock(trend.RelativeDrift, trend.PValue, trend.Batches, trend.IsSignificant(alpha))
        : new TrendBlock(double.NaN, double.NaN, trend.Batches, null);
}
