using DevSim.Engine.Capacity;
using DevSim.Engine.Simulation;
using DevSim.Runner.Output;
using DevSim.Runner.Plots;

namespace DevSim.Runner.Commands;

/// <summary>
/// The files of <c>devsim capacity --out</c>: the report as JSON, every simulated point and (with --add) every candidate's
/// gain as CSV, the measure against the arrival rate per policy, and the gain per resource per step.
/// </summary>
internal static class CapacityFiles
{
    /// <summary>The data files written, in order (figures follow).</summary>
    public static readonly IReadOnlyList<string> Names = ["capacity.json", "points.csv", "gains.csv"];

    /// <summary>The search's figure (SVG; the PNG beside it ends in .png).</summary>
    public const string SearchFigure = "capacity-search.svg";

    /// <summary>The plan's figure, one per policy (a portfolio: per discipline): capacity-gains-{policy}.svg.</summary>
    public static string GainsFigure(string policy) => $"capacity-gains-{policy}.svg";

    /// <summary>One search's points: a scenario's policy, or a portfolio's discipline (with its system, for load factors and types).</summary>
    public sealed record Curve(string Label, SustainableRate Found, PortfolioSystem? System = null);

    /// <summary>Writes the files, the JSON last so that it lists the figures too; returns the report with every file written.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="report">The report.</param>
    /// <param name="curves">Every search's points, in the report's order (empty without a target).</param>
    /// <param name="formats">The figure formats.</param>
    public static CapacityReport Write(string folder, CapacityReport report, IReadOnlyList<Curve> curves, FigureFormats formats)
    {
        var target = report.Target ?? double.NaN;
        // A portfolio's measure columns are the binding type's (the one the target judges); measure_overall is all types together.
        CsvTable.Write(Path.Combine(folder, "points.csv"),
            ["policy", "discipline", "order", "interarrival", "projects_per_year", "load_factor", "measure", "binding_type", "measure_mean", "ci_low", "ci_high",
                "measure_overall", "overloaded", "meets_target"],
            curves.SelectMany(c => c.Found.Points.Select((p, k) =>
            {
                var judged = p.Binding?.Measure ?? p.Measure;
                return (IReadOnlyList<object?>)
                [
                    c.System is null ? c.Label : CapacityReport.PerType, c.System is null ? null : c.Label, k + 1, p.Interarrival, CapacityReport.PerYear(p.Rate),
                    c.System?.LoadFactor(p.Rate), report.Measure, p.Binding?.Name, judged.Mean, judged.Ci95.Lower, judged.Ci95.Upper, p.Measure.Mean,
                    p.Overloaded, p.Meets(target),
                ];
            })));
        CsvTable.Write(Path.Combine(folder, "gains.csv"),
            ["policy", "discipline", "step", "resource", "capacity", "objective", "gain_mean", "gain_ci_low", "gain_ci_high", "chosen", "tied",
                "rework_mean", "rework_ci_low", "rework_ci_high", "rework_change_mean", "rework_change_ci_low", "rework_change_ci_high"],
            (report.Plan ?? []).SelectMany(s => s.Candidates.Select(c => (IReadOnlyList<object?>)
            [
                s.Policy, s.Discipline, s.Step, c.Resource, c.Capacity, s.Objective, c.Gain.Mean, c.Gain.Ci95[0], c.Gain.Ci95[1], c.Resource == s.Resource,
                s.TiedWith.Contains(c.Resource), c.Rework?.Mean, c.Rework?.Ci95[0], c.Rework?.Ci95[1], c.ReworkChange?.Mean, c.ReworkChange?.Ci95[0], c.ReworkChange?.Ci95[1],
            ])));

        var drawn = new List<string>();
        if (curves.Any(c => c.Found.Points.Count > 0))
            drawn.AddRange(FigureWriter.Write(folder, SearchFigure, SearchChart(report, curves).Render(), formats));
        foreach (var group in (report.Plan ?? []).GroupBy(s => s.Discipline ?? s.Policy))
            drawn.AddRange(FigureWriter.Write(folder, GainsFigure(group.Key), GainsChart(report, group.Key, [.. group]).Render(), formats));
        report = report with { Files = [.. report.Files, .. drawn] };
        AtomicFile.Write(Path.Combine(folder, "capacity.json"), w => w.WriteLine(Json.Serialize(report)));
        return report;
    }

    private static LineChart SearchChart(CapacityReport report, IReadOnlyList<Curve> curves)
    {
        var series = new List<LineSeries>();
        var lines = new List<ReferenceLine>();
        var portfolio = report.Portfolio is not null;
        for (var k = 0; k < curves.Count; k++)
        {
            var (label, rate) = (curves[k].Label, curves[k].Found);
            var points = rate.Points.OrderBy(p => p.Rate).ToList();
            var judged = points.Select(p => p.Binding?.Measure ?? p.Measure).ToList();
            series.Add(new LineSeries(label, [.. points.Select(p => CapacityReport.PerYear(p.Rate))], [.. judged.Select(m => m.Mean)],
                [.. judged.Select(m => m.Ci95.Lower)], [.. judged.Select(m => m.Ci95.Upper)])
            {
                Colour = k,
                States = [.. points.Select(p => p.Overloaded ? PointState.Overloaded : PointState.Stable)],
            });
            if (rate.LowerRate > 0)
                lines.Add(new ReferenceLine($"{label}: met at {ChartStyle.Label(Math.Round(CapacityReport.PerYear(rate.LowerRate), 1))} a year", CapacityReport.PerYear(rate.LowerRate), k));
        }
        var measure = portfolio ? $"worst type's {report.Measure}" : report.Measure;
        var unit = report.Portfolio?.OnTime is null ? " (days)" : "";
        return new LineChart($"{report.Name}: {measure} against the arrival rate", portfolio ? "projects per year, all types (365 days)" : "projects per year (365 days)",
            measure + unit, series)
        {
            NonNegative = true,
            Levels = [new ReferenceLevel($"target {ChartStyle.Label(report.Target ?? double.NaN)}{unit.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal)}", report.Target ?? double.NaN, 7)],
            Lines = lines,
            Caption = $"Every simulation of the bisection ({report.Settings.Reps} replications of {report.Settings.Projects:N0} projects, one seed: common random numbers); " +
                "band: 95% CI over replications; overloaded runs not drawn. Vertical line: the highest rate found to meet the target (the bracket's safe end)." +
                (portfolio ? " Per point the type closest to missing its target (or furthest past it); one curve per discipline, each type on its own policy." : ""),
        };
    }

    private static BarChart GainsChart(CapacityReport report, string label, IReadOnlyList<CapacityReport.PlanRow> steps)
    {
        var resources = steps[0].Candidates.Select(c => c.Resource).ToList();
        var unit = steps[0].Objective switch { "rate" => "projects per year gained", "on-time" => "least on-time share gained", _ => "days shorter" };
        var series = steps.Select(s => new BarSeries($"step {s.Step}: {s.Resource} to {s.Capacity}",
            [.. s.Candidates.Select(c => c.Gain.Mean)], [.. s.Candidates.Select(c => c.Gain.Ci95[0])], [.. s.Candidates.Select(c => c.Gain.Ci95[1])])).ToList();
        return new BarChart($"{report.Name}, {label}: what one more server gains, per step", "resource", unit, resources, series)
        {
            Caption = steps[0].Objective == "rate"
                ? "Gain in the sustainable rate; error bars: the interval the two searches' brackets allow."
                : steps[0].Objective == "on-time"
                ? $"Gain in the least on-time share of any type at load factor {ChartStyle.Label(report.Portfolio?.PlanLoadFactor ?? double.NaN)}; error bars: paired 95% CI over replications."
                : report.Portfolio?.PlanLoadFactor is { } factor
                    ? $"Gain in the {report.PlanMeasure} of all types at load factor {ChartStyle.Label(factor)}; error bars: paired 95% CI over replications."
                    : $"Gain in the {report.Measure} at interarrival {ChartStyle.Label(report.PlanInterarrival ?? double.NaN)}; error bars: paired 95% CI over replications.",
        };
    }
}
