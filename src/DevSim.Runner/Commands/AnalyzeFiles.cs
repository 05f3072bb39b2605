using DevSim.Runner.Output;

namespace DevSim.Runner.Commands;

/// <summary>The files of <c>devsim analyze --out</c>: the report as JSON and its three tables as CSV.</summary>
internal static class AnalyzeFiles
{
    /// <summary>The files written, in order.</summary>
    public static readonly IReadOnlyList<string> Names = ["analysis.json", "resources.csv", "limits.csv", "couplings.csv"];

    public static void Write(string folder, AnalyzeReport report)
    {
        AtomicFile.Write(Path.Combine(folder, "analysis.json"), w => w.WriteLine(Json.Serialize(report)));
        CsvTable.Write(Path.Combine(folder, "resources.csv"),
            ["resource", "capacity", "work", "work_ci_low", "work_ci_high", "first_execution_work", "static_limit", "static_limit_ci_low", "static_limit_ci_high",
                "offered_load", "offered_load_ci_low", "offered_load_ci_high"],
            report.Resources.Select(r => (IReadOnlyList<object?>)
            [
                r.Name, r.Capacity, r.Work, r.WorkCi95[0], r.WorkCi95[1], r.FirstExecutionWork, r.StaticLimit, r.StaticLimitCi95[0], r.StaticLimitCi95[1],
                r.OfferedLoad, r.OfferedLoadCi95?[0], r.OfferedLoadCi95?[1],
            ]));
        CsvTable.Write(Path.Combine(folder, "limits.csv"),
            ["policy", "overloaded_at", "stable_at", "exact", "resource", "simulations", "projects_per_year"],
            report.Limits.Select(l => (IReadOnlyList<object?>)[l.Policy, l.Lower, l.Upper, l.Exact, l.Resource, l.Simulations, l.ProjectsPerYear]));
        CsvTable.Write(Path.Combine(folder, "couplings.csv"),
            ["reworked_id", "reworked_task", "causing_id", "causing_task", "first_order_term", "share_of_bound"],
            report.Rework.TopCouplings.Select(c => (IReadOnlyList<object?>)[c.ReworkedId, c.Reworked, c.CausingId, c.Causing, c.Term, c.Share]));
    }
}
