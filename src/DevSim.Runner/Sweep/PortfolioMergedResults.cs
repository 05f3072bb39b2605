using DevSim.Engine.Experiments;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Simulation;
using DevSim.Runner.Commands;
using DevSim.Runner.Output;

namespace DevSim.Runner.Sweep;

/// <summary>
/// Writes a portfolio sweep's merged results (docs/model.md#portfolio-sweeps): a CSV with one row per grid point and
/// type, plus an "overall" row per point, and a JSON summary whose per-type blocks are <c>devsim portfolio</c>'s. As
/// for scenario sweeps, nothing depends on how the cells were sharded, ordered or resumed.
/// </summary>
internal static class PortfolioMergedResults
{
    /// <summary>The group name of the row over all projects.</summary>
    public const string Overall = "overall";

    public static readonly string[] Header =
    [
        "point", "portfolio", "discipline", "wip_cap", "load_factor", "interarrival", "replications", "type", "counted",
        "duration_mean", "duration_sd", "duration_ci_low", "duration_ci_high", "duration_p50", "duration_p90", "duration_p99",
        "waiting_mean", "waiting_ci_low", "waiting_ci_high",
        "backlog_wait_mean", "backlog_wait_ci_low", "backlog_wait_ci_high",
        "rework_mean", "rework_ci_low", "rework_ci_high",
        "tardiness_mean", "tardiness_ci_low", "tardiness_ci_high",
        "on_time_mean", "on_time_ci_low", "on_time_ci_high",
        "status", "overloaded_replications", "overloaded_resource", "bottleneck", "bottleneck_load", "bottleneck_utilisation", "verdict", "reasons",
    ];

    /// <summary>Each point's groups: its types in the portfolio's order, then all projects.</summary>
    public static IEnumerable<(PointSummary Point, TypeSummary Group)> Rows(IEnumerable<PointSummary> summaries) =>
        summaries.SelectMany(s => (s.Types ?? []).Append(s.Overall!).Select(g => (s, g)));

    public static void WriteCsv(TextWriter writer, IReadOnlyList<PointSummary> summaries) =>
        CsvTable.Write(writer, Header, Rows(summaries).Select(row =>
        {
            var (s, g) = row;
            var p = s.Point.Portfolio!;
            return (IReadOnlyList<object?>)
            [
                s.Point.Index, s.Point.Scenario, p.Discipline.Name(), p.WipCapText, p.LoadFactor, s.Point.Interarrival, s.Replications, g.Name, g.Counted,
                g.Duration.Mean, g.Duration.StandardDeviation, g.Duration.Ci95.Lower, g.Duration.Ci95.Upper, g.Percentiles.P50, g.Percentiles.P90, g.Percentiles.P99,
                g.Waiting.Mean, g.Waiting.Ci95.Lower, g.Waiting.Ci95.Upper,
                g.BacklogWait.Mean, g.BacklogWait.Ci95.Lower, g.BacklogWait.Ci95.Upper,
                g.Rework.Mean, g.Rework.Ci95.Lower, g.Rework.Ci95.Upper,
                g.Tardiness.Mean, g.Tardiness.Ci95.Lower, g.Tardiness.Ci95.Upper,
                g.OnTime.Mean, g.OnTime.Ci95.Lower, g.OnTime.Ci95.Upper,
                MergedResults.Status(s), s.OverloadedReplications, s.Overloaded, s.Bottleneck, s.BottleneckLoad, s.BottleneckUtilization,
                MergedResults.VerdictName(s), string.Join(" | ", s.Reasons),
            ];
        }));

    public static void WriteJson(TextWriter writer, SweepMerge merge, IReadOnlyList<PointSummary> summaries)
    {
        var plan = merge.Plan;
        writer.Write(Json.Serialize(new
        {
            plan.Experiment,
            plan.Fingerprint,
            plan.Seed,
            plan.Projects,
            plan.Warmup,
            plan.Replications,
            Cells = new { Expected = plan.Cells, Present = merge.Cells.Count, Missing = merge.Missing.Count },
            Complete = merge.Missing.Count == 0,
            Points = summaries.Select(s => new
            {
                s.Point.Index,
                Portfolio = s.Point.Scenario,
                Discipline = s.Point.Portfolio!.Discipline.Name(),
                s.Point.Portfolio.WipCap,
                s.Point.Portfolio.LoadFactor,
                s.Point.Interarrival,
                s.Replications,
                Types = s.Types!.Select(PortfolioReport.Type),
                Overall = PortfolioReport.Type(s.Overall!),
                Status = MergedResults.Status(s),
                s.OverloadedReplications,
                OverloadedResource = s.Overloaded,
                s.Bottleneck,
                s.BottleneckLoad,
                BottleneckUtilisation = s.BottleneckUtilization,
                Verdict = MergedResults.VerdictName(s),
                s.Reasons,
            }),
        }));
    }
}
