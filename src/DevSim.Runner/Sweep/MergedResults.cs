using DevSim.Engine.Simulation;
using DevSim.Engine.Experiments;
using DevSim.Runner.Output;

namespace DevSim.Runner.Sweep;

/// <summary>
/// Writes merged results: a CSV with one row per grid point (mean, sd and 95% CI across replications,
/// and overload named) and a JSON summary beside it. Nothing in either depends on how the cells were
/// sharded, ordered or resumed, so the files are byte for byte the same for the same cells.
/// </summary>
internal static class MergedResults
{
    public static readonly string[] Header =
    [
        "point", "scenario", "sequence", "sequence_ids", "policy", "interarrival", "replications",
        "duration_mean", "duration_sd", "duration_ci_low", "duration_ci_high", "duration_p50", "duration_p90", "duration_p99",
        "waiting_mean", "waiting_sd", "waiting_ci_low", "waiting_ci_high",
        "rework_mean", "rework_sd", "rework_ci_low", "rework_ci_high",
        "in_system_mean", "in_system_ci_low", "in_system_ci_high",
        "status", "overloaded_replications", "overloaded_resource", "bottleneck", "bottleneck_load", "bottleneck_utilisation",
        "verdict", "reasons", "mser_cut", "trend_drift", "trend_p", "relative_half_width",
        "duration_p50_ci_low", "duration_p50_ci_high", "duration_p90_ci_low", "duration_p90_ci_high", "duration_p99_ci_low", "duration_p99_ci_high",
        "percentiles",
    ];

    /// <summary>How a point's percentiles were formed: "pooled" (as simulate), or "mean of replications" (isolated projects, cells without sketches).</summary>
    public static string PercentileMethod(PointSummary s) => s.PooledPercentiles ? "pooled" : "mean of replications";

    /// <summary>The verdict as written: stable, unsettled or overloaded.</summary>
    public static string VerdictName(PointSummary s) => s.Verdict.ToString().ToLowerInvariant();

    /// <summary>"ok", "overloaded" (every replication) or "partly overloaded".</summary>
    public static string Status(PointSummary s) =>
        s.OverloadedReplications == 0 ? "ok" : s.OverloadedReplications == s.Replications ? "overloaded" : "partly overloaded";

    public static void WriteCsv(TextWriter writer, IReadOnlyList<PointSummary> summaries) =>
        CsvTable.Write(writer, Header, summaries.Select(s => (IReadOnlyList<object?>)
        [
            s.Point.Index, s.Point.Scenario, s.Point.SequenceLabel, string.Join(' ', s.Point.Sequence),
            s.Point.Policy.Name(), s.Point.Interarrival, s.Replications,
            s.Duration.Mean, s.Duration.StandardDeviation, s.Duration.Ci95.Lower, s.Duration.Ci95.Upper,
            s.Percentiles.P50, s.Percentiles.P90, s.Percentiles.P99,
            s.Waiting.Mean, s.Waiting.StandardDeviation, s.Waiting.Ci95.Lower, s.Waiting.Ci95.Upper,
            s.Rework.Mean, s.Rework.StandardDeviation, s.Rework.Ci95.Lower, s.Rework.Ci95.Upper,
            s.InSystem.Mean, s.InSystem.Ci95.Lower, s.InSystem.Ci95.Upper,
            Status(s), s.OverloadedReplications, s.Overloaded, s.Bottleneck, s.BottleneckLoad, s.BottleneckUtilization,
            VerdictName(s), string.Join(" | ", s.Reasons), s.MserCut, s.Trend.RelativeDrift, s.Trend.PValue, s.RelativeHalfWidth,
            s.Percentiles.Ci95?.P50.Lower, s.Percentiles.Ci95?.P50.Upper, s.Percentiles.Ci95?.P90.Lower, s.Percentiles.Ci95?.P90.Upper,
            s.Percentiles.Ci95?.P99.Lower, s.Percentiles.Ci95?.P99.Upper, PercentileMethod(s),
        ]));

    public static void WriteJson(TextWriter writer, SweepMerge merge, IReadOnlyList<PointSummary> summaries)
    {
        var plan = merge.Plan;
        var json = Json.Serialize(new
        {
            plan.Experiment,
            plan.Fingerprint,
            plan.Seed,
            plan.Arrivals,
            plan.Projects,
            plan.Warmup,
            plan.Replications,
            Cells = new { Expected = plan.Cells, Present = merge.Cells.Count, Missing = merge.Missing.Count },
            Complete = merge.Missing.Count == 0,
            plan.Found,
            Points = summaries.Select(s => new
            {
                s.Point.Index,
                s.Point.Scenario,
                Sequence = s.Point.SequenceLabel,
                SequenceIds = s.Point.Sequence,
                Policy = s.Point.Policy.Name(),
                s.Point.Interarrival,
                s.Replications,
                Duration = Stats(s.Duration),
                DurationP50 = s.Percentiles.P50,
                DurationP90 = s.Percentiles.P90,
                DurationP99 = s.Percentiles.P99,
                // As simulate's duration block: CIs across the replications' own percentiles, null with one replication.
                DurationP50Ci95 = Pair(s.Percentiles.Ci95?.P50),
                DurationP90Ci95 = Pair(s.Percentiles.Ci95?.P90),
                DurationP99Ci95 = Pair(s.Percentiles.Ci95?.P99),
                Percentiles = PercentileMethod(s),
                Waiting = Stats(s.Waiting),
                Rework = Stats(s.Rework),
                InSystem = Stats(s.InSystem),
                Status = Status(s),
                s.OverloadedReplications,
                OverloadedResource = s.Overloaded,
                s.Bottleneck,
                s.BottleneckLoad,
                BottleneckUtilisation = s.BottleneckUtilization,
                Verdict = VerdictName(s),
                s.Reasons,
                s.MserCut,
                Trend = new { s.Trend.RelativeDrift, s.Trend.PValue, s.Trend.Batches },
                s.RelativeHalfWidth,
            }),
        });
        writer.Write(json);
    }

    private static double[]? Pair(Engine.Statistics.Interval? i) => i is { } v ? [v.Lower, v.Upper] : null;

    private static object Stats(Engine.Statistics.SampleSummary s) =>
        new { s.Mean, Sd = s.StandardDeviation, Ci95 = new[] { s.Ci95.Lower, s.Ci95.Upper } };
}
