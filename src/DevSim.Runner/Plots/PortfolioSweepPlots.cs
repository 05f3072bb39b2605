using DevSim.Engine.Experiments;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Runner.Plots;

/// <summary>
/// The figures of a merged portfolio sweep (docs/model.md#portfolio-sweeps), per portfolio: each type's mean duration
/// and on-time share with 95% CIs. Against the load factor when it is swept (one figure per type, a curve per
/// discipline and WIP cap); else grouped bars, one group per discipline and WIP cap, one bar per type.
/// </summary>
internal static class PortfolioSweepPlots
{
    /// <summary>Writes every figure into <paramref name="folder"/>, named from <paramref name="baseName"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<PointSummary> summaries, string experiment, int projects, string folder, string baseName, FigureFormats formats)
    {
        var written = new List<string>();
        foreach (var portfolio in summaries.GroupBy(s => s.Point.Scenario))
        {
            var points = portfolio.ToList();
            var swept = points.Select(s => s.Point.Portfolio!.LoadFactor).Distinct().Count() > 1;
            var replications = string.Join(" or ", points.Select(p => p.Replications).Distinct().Order());
            var caption = $"95% CI (Student t) over {replications} replications of {projects:N0} projects (all types together).";
            foreach (var (file, title, axis, measure) in Measures)
            {
                if (!swept)
                {
                    written.AddRange(FigureWriter.Write(folder, $"{baseName}-{file}-{SweepPlots.Safe(portfolio.Key)}.svg",
                        Bars(points, $"{experiment}: {title} by type, {portfolio.Key}", axis, measure, "Error bars: " + caption), formats));
                    continue;
                }
                foreach (var type in points[0].Point.Portfolio!.Types)
                {
                    written.AddRange(FigureWriter.Write(folder, $"{baseName}-{file}-{SweepPlots.Safe(portfolio.Key)}-{SweepPlots.Safe(type)}.svg",
                        Curves(points, type, $"{experiment}: {title}, {portfolio.Key}, type {type}", axis, measure, "Bands: " + caption), formats));
                }
            }
        }
        return written;
    }

    private static readonly (string File, string Title, string Axis, Func<TypeSummary, SampleSummary> Measure)[] Measures =
    [
        ("duration", "mean project duration", "mean duration (days)", t => t.Duration),
        ("on-time", "share of projects on time", "share on time", t => t.OnTime),
    ];

    /// <summary>A point's discipline and cap, as the figures label it.</summary>
    private static string Setting(PlanPoint p) => $"{p.Portfolio!.Discipline.Name()}, cap {p.Portfolio.WipCapText}";

    private static string MergedVerdict(PointSummary p) => p.Verdict.ToString().ToLowerInvariant();

    private static TypeSummary Group(PointSummary s, string type) => s.Types!.Single(t => t.Name == type);

    private static Figure Bars(List<PointSummary> points, string title, string axis, Func<TypeSummary, SampleSummary> measure, string caption)
    {
        var types = points[0].Point.Portfolio!.Types;
        var series = types.Select(type =>
        {
            var values = points.Select(p => measure(Group(p, type))).ToList();
            return new BarSeries(type, [.. values.Select(v => v.Mean)], [.. values.Select(v => v.Ci95.Lower)], [.. values.Select(v => v.Ci95.Upper)]);
        }).ToList();
        // The verdict under the setting: an unsettled or overloaded setting's bars are not steady-state means.
        var categories = points.Select(p => Setting(p.Point) + (p.Verdict == Verdict.Stable ? "" : $" ({MergedVerdict(p)})")).ToList();
        return new BarChart(title, "discipline, WIP cap (verdict when not stable)", axis, categories, series) { NonNegative = true, Caption = caption }.Render();
    }

    private static Figure Curves(List<PointSummary> points, string type, string title, string axis, Func<TypeSummary, SampleSummary> measure, string caption)
    {
        var series = points.GroupBy(p => Setting(p.Point)).Select((curve, k) =>
        {
            var ordered = curve.OrderBy(p => p.Point.Portfolio!.LoadFactor).ToList();
            var values = ordered.Select(p => measure(Group(p, type))).ToList();
            return new LineSeries(curve.Key, [.. ordered.Select(p => p.Point.Portfolio!.LoadFactor)], [.. values.Select(v => v.Mean)],
                [.. values.Select(v => v.Ci95.Lower)], [.. values.Select(v => v.Ci95.Upper)])
            {
                Colour = k % ChartStyle.Palette.Length,
                Dashed = k >= ChartStyle.Palette.Length,
                States = [.. ordered.Select(p => p.Verdict == Verdict.Overloaded ? PointState.Overloaded : p.Verdict == Verdict.Unsettled ? PointState.Unsettled : PointState.Stable)],
            };
        }).ToList();
        return new LineChart(title, "load factor (every arrival rate times)", axis, series)
        {
            NonNegative = true,
            Caption = caption + (points.Any(p => p.Verdict == Verdict.Unsettled) ? " Hollow markers: verdict unsettled, no band." : ""),
        }.Render();
    }
}
