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

    /// <summary>The plan's figure, one per policy: capacity-gains-{policy}.svg.</summary>
    public static string GainsFigure(string policy) => $"capacity-gains-{policy}.svg";

    /// <summary>Writes the files, the JSON last so that it lists the figures too; returns the report with every file written.</summary>
    public static CapacityReport Write(string folder, CapacityReport report, CapacityResult? search, FigureFormats formats)
    {
        var target = search?.Target ?? double.NaN;
        CsvTable.Write(Path.Combine(folder, "points.csv"),
            ["policy", "order", "interarrival", "projects_per_year", "measure", "measure_mean", "ci_low", "ci_high", "overloaded", "meets_target"],
            (search?.Rates ?? []).SelectMany(r => r.Points.Select((p, k) => (IReadOnlyList<object?>)
            [
                r.Policy.Name(), k + 1, p.Interarrival, CapacityReport.PerYear(p.Rate), report.Measure, p.Measure.Mean, p.Measure.Ci95.Lower, p.Measure.Ci95.Upper,
                p.Overloaded, p.Meets(target),
            ])));
        CsvTable.Write(Path.Combine(folder, "gains.csv"),
            ["policy", "step", "resource", "capacity", "objective", "gain_mean", "gain_ci_low", "gain_ci_high", "chosen", "tied"],
            (report.Plan ?? []).SelectMany(s => s.Candidates.Select(c => (IReadOnlyList<object?>)
            [
                s.Policy, s.Step, c.Resource, c.Capacity, s.Objective, c.Gain.Mean, c.Gain.Ci95[0], c.Gain.Ci95[1], c.Resource == s.Resource, s.TiedWith.Contains(c.Resource),
            ])));

        var drawn = new List<string>();
        if (search is not null && search.Rates.Any(r => r.Points.Count > 0))
            drawn.AddRange(FigureWriter.Write(folder, SearchFigure, SearchChart(report, search).Render(), formats));
        foreach (var policy in (report.Plan ?? []).GroupBy(s => s.Policy))
            drawn.AddRange(FigureWriter.Write(folder, GainsFigure(policy.Key), GainsChart(report, policy.Key, [.. policy]).Render(), formats));
        report = report with { Files = [.. report.Files, .. drawn] };
        AtomicFile.Write(Path.Combine(folder, "capacity.json"), w => w.WriteLine(Json.Serialize(report)));
        return report;
    }

    private static LineChart SearchChart(CapacityReport report, CapacityResult search)
    {
        var series = new List<LineSeries>();
        var lines = new List<ReferenceLine>();
        for (var k = 0; k < search.Rates.Count; k++)
        {
            var rate = search.Rates[k];
            var points = rate.Points.OrderBy(p => p.Rate).ToList();
            series.Add(new LineSeries(rate.Policy.Name(), [.. points.Select(p => CapacityReport.PerYear(p.Rate))], [.. points.Select(p => p.Measure.Mean)],
                [.. points.Select(p => p.Measure.Ci95.Lower)], [.. points.Select(p => p.Measure.Ci95.Upper)])
            {
                Colour = k,
                States = [.. points.Select(p => p.Overloaded ? PointState.Overloaded : PointState.Stable)],
            });
            if (rate.LowerRate > 0)
                lines.Add(new ReferenceLine($"{rate.Policy.Name()}: met at {ChartStyle.Label(Math.Round(CapacityReport.PerYear(rate.LowerRate), 1))} a year", CapacityReport.PerYear(rate.LowerRate), k));
        }
        return new LineChart($"{report.Scenario}: {report.Measure} against the arrival rate", "projects per year (365 days)", $"{report.Measure} (days)", series)
        {
            Levels = [new ReferenceLevel($"target {ChartStyle.Label(report.Target ?? double.NaN)} days", report.Target ?? double.NaN, 7)],
            Lines = lines,
            Caption = $"Every simulation of the bisection ({report.Settings.Reps} replications of {report.Settings.Projects:N0} projects, one seed: common random numbers); " +
                "band: 95% CI over replications; overloaded runs not drawn. Vertical line: the highest rate found to meet the target (the bracket's safe end).",
        };
    }

    private static BarChart GainsChart(CapacityReport report, string policy, IReadOnlyList<CapacityReport.PlanRow> steps)
    {
        var resources = steps[0].Candidates.Select(c => c.Resource).ToList();
        var unit = steps[0].Objective == "rate" ? "projects per year gained" : "days shorter";
        var series = steps.Select(s => new BarSeries($"step {s.Step}: {s.Resource} to {s.Capacity}",
            [.. s.Candidates.Select(c => c.Gain.Mean)], [.. s.Candidates.Select(c => c.Gain.Ci95[0])], [.. s.Candidates.Select(c => c.Gain.Ci95[1])])).ToList();
        return new BarChart($"{report.Scenario}, {policy}: what one more server gains, per step", "resource", unit, resources, series)
        {
            Caption = steps[0].Objective == "rate"
                ? "Gain in the sustainable rate; error bars: the interval the two searches' brackets allow."
                : $"Gain in the {report.Measure} at interarrival {ChartStyle.Label(report.PlanInterarrival ?? double.NaN)}; error bars: paired 95% CI over replications.",
        };
    }
}
