using System.Globalization;
using DevSim.Engine.Scenarios;
using DevSim.Runner.Output;
using DevSim.Runner.Plots;

namespace DevSim.Runner.Commands;

/// <summary>The files of <c>devsim sensitivity --out</c>: the report as JSON, the ranked table and the removal matrix as CSV, and the matrix as a heatmap.</summary>
internal static class SensitivityFiles
{
    /// <summary>The files written, in order.</summary>
    public static readonly IReadOnlyList<string> Names = ["sensitivity.json", "sensitivity.csv", "matrix.csv"];

    /// <summary>The heatmap's file name (SVG; the PNG beside it ends in .png).</summary>
    public const string Heatmap = "matrix.svg";

    /// <summary>Writes the files, the JSON last so that it lists the figures too; returns the report with every file written.</summary>
    public static SensitivityReport Write(string folder, Scenario scenario, SensitivityReport report, FigureFormats formats)
    {

        string[] header =
        [
            // The JSON's names (probability, impact, probabilityReduced, impactReduced) in snake case: one name per quantity.
            "rank", "reworked_id", "reworked_task", "causing_id", "causing_task", "probability", "impact", "first_order_rework",
            "probability_reduced_mean", "probability_reduced_ci_low", "probability_reduced_ci_high", "impact_reduced_mean", "impact_reduced_ci_low", "impact_reduced_ci_high",
            "removed_mean", "removed_ci_low", "removed_ci_high", "overloaded",
        ];
        CsvTable.Write(Path.Combine(folder, "sensitivity.csv"), header, report.Couplings.Select(c => (IReadOnlyList<object?>)
        [
            c.Rank, c.Reworked.Id, c.Reworked.Name, c.Causing.Id, c.Causing.Name, c.Probability, c.Impact, c.FirstOrderRework,
            c.ProbabilityReduced.Mean, c.ProbabilityReduced.Ci95[0], c.ProbabilityReduced.Ci95[1],
            c.ImpactReduced.Mean, c.ImpactReduced.Ci95[0], c.ImpactReduced.Ci95[1],
            c.Removed.Mean, c.Removed.Ci95[0], c.Removed.Ci95[1], c.Overloaded,
        ]));

        // The heatmap's data: row = the task reworked, column = the task causing it, cell = the removal effect (empty: no coupling).
        var n = scenario.TaskCount;
        var cells = report.Couplings.ToDictionary(c => (c.Reworked.Id, c.Causing.Id), c => c.Removed.Mean);
        List<string> matrixHeader = ["reworked \\ causing", .. Enumerable.Range(1, n).Select(id => id.ToString(CultureInfo.InvariantCulture))];
        CsvTable.Write(Path.Combine(folder, "matrix.csv"), matrixHeader, Enumerable.Range(1, n).Select(row => (IReadOnlyList<object?>)
            [row, .. Enumerable.Range(1, n).Select(column => cells.TryGetValue((row, column), out var v) ? (object?)v : null)]));

        var values = new double[n, n];
        for (var row = 0; row < n; row++)
        {
            for (var column = 0; column < n; column++)
                values[row, column] = cells.TryGetValue((row + 1, column + 1), out var v) ? v : double.NaN;
        }
        static string Short(string name) => name.Length <= 22 ? name : name[..21] + ".";
        var labels = scenario.Tasks.Select(t => $"{t.Id} {Short(t.Name)}").ToList();
        var load = report.Mode == "single-project" ? "one project alone" : $"{report.Policy}, interarrival {ChartStyle.Label(report.Interarrival ?? double.NaN)}";
        var chart = new MatrixChart($"What removing each coupling changes: {report.Scenario}, {load}", "causing task (column)", "reworked task (row)",
            labels, [.. scenario.Tasks.Select(t => $"{t.Id} {t.Name}")], values)
        {
            // Broken by hand: the plot's left labels push the centred caption right.
            Caption = "Cell: the change in mean duration (days) when the coupling is removed;\n" +
                $"{report.Reps:N0} {(report.Mode == "single-project" ? "projects" : "replications")} paired; darker = larger; blank = no coupling; CIs in sensitivity.csv.",
        };
        report = report with { Files = [.. report.Files, .. FigureWriter.Write(folder, Heatmap, chart.Render(), formats)] };
        AtomicFile.Write(Path.Combine(folder, "sensitivity.json"), w => w.WriteLine(Json.Serialize(report)));
        return report;
    }
}
