using DevSim.Runner.Output;
using DevSim.Runner.Plots;

namespace DevSim.Runner.Commands;

/// <summary>The files of <c>devsim analyze --out</c>: the report as JSON, its three tables as CSV, and figures of the resources drawn from resources.csv.</summary>
internal static class AnalyzeFiles
{
    /// <summary>The files written, in order.</summary>
    public static readonly IReadOnlyList<string> Names = ["analysis.json", "resources.csv", "limits.csv", "couplings.csv"];

    /// <summary>The figure of each resource's critical interarrival (SVG; the PNG beside it ends in .png).</summary>
    public const string LimitsFigure = "resource-limits.svg";

    /// <summary>The figure of each resource's offered load at --interarrival.</summary>
    public const string LoadFigure = "offered-load.svg";

    /// <summary>Writes the files, the JSON last so that it lists the figures too; returns the report with every file written.</summary>
    public static AnalyzeReport Write(string folder, AnalyzeReport report, FigureFormats formats)
    {
        CsvTable.Write(Path.Combine(folder, "resources.csv"),
            ["resource", "capacity", "work", "work_ci_low", "work_ci_high", "first_execution_work", "static_limit", "static_limit_ci_low", "static_limit_ci_high",
                "offered_load", "offered_load_ci_low", "offered_load_ci_high"],
            report.Resources.Select(r => (IReadOnlyList<object?>)
            [
                r.Name, r.Capacity, r.Work, r.WorkCi95[0], r.WorkCi95[1], r.FirstExecutionWork, r.StaticLimit, r.StaticLimitCi95[0], r.StaticLimitCi95[1],
                r.OfferedLoad, r.OfferedLoadCi95?[0], r.OfferedLoadCi95?[1],
            ]));
        CsvTable.Write(Path.Combine(folder, "limits.csv"),
            // The JSON's names (lower, upper, upperVerdict) in snake case: one name per quantity.
            ["policy", "lower", "upper", "upper_verdict", "exact", "resource", "simulations", "projects_per_year"],
            report.Limits.Select(l => (IReadOnlyList<object?>)[l.Policy, l.Lower, l.Upper, l.UpperVerdict, l.Exact, l.Resource, l.Simulations, l.ProjectsPerYear]));
        CsvTable.Write(Path.Combine(folder, "couplings.csv"),
            ["reworked_id", "reworked_task", "causing_id", "causing_task", "first_order_term", "share_of_bound"],
            report.Rework.TopCouplings.Select(c => (IReadOnlyList<object?>)[c.ReworkedId, c.Reworked, c.CausingId, c.Causing, c.Term, c.Share]));

        var names = ResourceLabels.Of([.. report.Resources.Select(r => r.Name)]);
        var limits = string.Join("; ", report.Limits.Select(l => l.Exact
            ? $"{l.Policy} {ChartStyle.Label(Math.Round(l.Lower, 2))}"
            : $"{l.Policy} {ChartStyle.Label(Math.Round(l.Lower, 2))}-{ChartStyle.Label(Math.Round(l.Upper, 2))}"));
        var errorBars = $"Error bars: 95% CI over {report.Reps:N0} single-project replications.";
        var drawn = new List<string>();
        var critical = new BarChart($"Where {report.Scenario} saturates: each resource's critical interarrival", "resource",
            "work per project / servers (days)", names,
            [new BarSeries("static sequencing: arrivals faster than this overload the resource", [.. report.Resources.Select(r => r.StaticLimit)],
                [.. report.Resources.Select(r => r.StaticLimitCi95[0])], [.. report.Resources.Select(r => r.StaticLimitCi95[1])])])
        {
            Caption = $"{errorBars} Stability limits of the system (days): {limits}.",
        };
        drawn.AddRange(FigureWriter.Write(folder, LimitsFigure, critical.Render(), formats));
        if (report.Interarrival is { } interarrival)
        {
            var load = new BarChart($"{report.Scenario}: offered load at interarrival {ChartStyle.Label(interarrival)} (static sequencing)", "resource",
                "offered load (1 = saturated)", names,
                [new BarSeries("work per project / (servers x interarrival)", [.. report.Resources.Select(r => r.OfferedLoad ?? double.NaN)],
                    [.. report.Resources.Select(r => r.OfferedLoadCi95?[0] ?? double.NaN)], [.. report.Resources.Select(r => r.OfferedLoadCi95?[1] ?? double.NaN)])])
            {
                Caption = errorBars,
            };
            drawn.AddRange(FigureWriter.Write(folder, LoadFigure, load.Render(), formats));
        }
        report = report with { Files = [.. report.Files, .. drawn] };
        AtomicFile.Write(Path.Combine(folder, "analysis.json"), w => w.WriteLine(Json.Serialize(report)));
        return report;
    }
}
