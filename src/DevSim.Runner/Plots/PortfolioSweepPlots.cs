using DevSim.Engine.Experiments;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;
using DevSim.Runner.Output;

namespace DevSim.Runner.Plots;

/// <summary>
/// The figures of a merged portfolio sweep (docs/model.md#portfolio-sweeps), per portfolio: each type's mean duration
/// and on-time share with 95% CIs. Against the load factor when it is swept (one figure per type, a curve per
/// discipline and WIP cap); else grouped bars, one group per discipline and WIP cap, one bar per type. Per resource:
/// each grid point's offered load stacked by type beside the measured utilisation (as <c>devsim portfolio --plot</c>
/// draws it), and, when the load factor is swept, each resource's utilisation against it per discipline and cap; with
/// the CSV files they are drawn from.
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

    /// <summary>The per-resource CSV's columns (NAME-utilisation.csv, as a scenario sweep's).</summary>
    public static readonly string[] ResourceHeader =
        ["portfolio", "discipline", "wip_cap", "load_factor", "resource", "utilisation_mean", "utilisation_ci_low", "utilisation_ci_high", "offered_load_mean"];

    /// <summary>The per-resource and type CSV's columns (NAME-load-by-type.csv).</summary>
    public static readonly string[] LoadHeader = ["portfolio", "discipline", "wip_cap", "load_factor", "resource", "type", "offered_load", "share"];

    /// <summary>Where the per-resource and type CSV of a merge's CSV lives: NAME-load-by-type.csv beside it.</summary>
    public static string LoadPath(string resultsPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(resultsPath))!, Path.GetFileNameWithoutExtension(resultsPath) + "-load-by-type.csv");

    /// <summary>
    /// Writes the per-resource CSV files beside <paramref name="csv"/> and the per-resource figures into its folder; returns the
    /// figures written. A point whose cells were written before they stored each type's load stacks its resources' load as one.
    /// </summary>
    public static IReadOnlyList<string> WriteResources(IReadOnlyList<PointSummary> summaries, IReadOnlyList<CellResult> cells, string experiment, string csv,
        FigureFormats formats)
    {
        var byPoint = cells.GroupBy(c => c.Point).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Replication).ToList());
        var points = summaries.Where(s => byPoint.ContainsKey(s.Point.Index)).Select(s => ResourcePoint.Of(s, byPoint[s.Point.Index])).ToList();
        CsvTable.Write(SweepPlots.ResourcesPath(csv), ResourceHeader, points.SelectMany(p => p.Resources.Select((name, r) => (IReadOnlyList<object?>)
            [.. p.Keys, name, p.Utilisation[r].Mean, p.Utilisation[r].Ci95.Lower, p.Utilisation[r].Ci95.Upper, p.OfferedLoad[r]])));
        CsvTable.Write(LoadPath(csv), LoadHeader, points.Where(p => p.LoadByType is not null).SelectMany(p =>
        {
            var shares = PortfolioResult.Shares(p.LoadByType!);
            return p.Resources.SelectMany((name, r) => p.Types.Select((type, k) => (IReadOnlyList<object?>)[.. p.Keys, name, type, p.LoadByType![r][k], shares[r][k]]));
        }));
        var folder = Path.GetDirectoryName(Path.GetFullPath(csv))!;
        var baseName = Path.GetFileNameWithoutExtension(csv);
        var written = new List<string>();
        foreach (var p in points)
        {
            var setting = p.Summary.Point.Portfolio!;
            var verdict = p.Summary.Verdict == Verdict.Stable ? "" : $" Verdict: {MergedVerdict(p.Summary)}.";
            var what = $"{p.Summary.Point.Scenario}, {setting.Discipline.Name()}, WIP cap {setting.WipCapText}" +
                (setting.LoadFactor == 1 ? "" : $", load factor {ChartStyle.Label(setting.LoadFactor)}");
            var (types, loads) = p.LoadByType is { } load ? (p.Types, load)
                : (["all types"], [.. p.OfferedLoad.Select(x => (IReadOnlyList<double>)[x])]);
            var figure = PortfolioPlots.LoadChart(what, ResourceLabels.Of(p.Resources), types, loads, [.. p.Utilisation.Select(u => u.Mean)], p.Replications, verdict);
            var name = $"{baseName}-load-{SweepPlots.Safe(p.Summary.Point.Scenario)}-{SweepPlots.Safe(setting.Discipline.Name())}-cap-{setting.WipCapText}" +
                $"-lf-{SweepPlots.Safe(ChartStyle.Label(setting.LoadFactor))}.svg";
            written.AddRange(FigureWriter.Write(folder, name, figure, formats));
        }
        foreach (var portfolio in points.GroupBy(p => p.Summary.Point.Scenario))
        {
            if (portfolio.Select(p => p.Summary.Point.Portfolio!.LoadFactor).Distinct().Count() < 2)
                continue;
            foreach (var curve in portfolio.GroupBy(p => Setting(p.Summary.Point)))
            {
                var rows = curve.SelectMany(p => p.Resources.Select((name, r) => new ResourceCurvePoint(name, p.Summary.Point.Portfolio!.LoadFactor,
                    p.Utilisation[r].Mean, p.Utilisation[r].Ci95.Lower, p.Utilisation[r].Ci95.Upper, p.Summary.Verdict == Verdict.Overloaded))).ToList();
                var first = curve.First().Summary.Point.Portfolio!;
                var name = $"{baseName}-utilisation-{SweepPlots.Safe(portfolio.Key)}-{SweepPlots.Safe(first.Discipline.Name())}-cap-{first.WipCapText}.svg";
                written.AddRange(FigureWriter.Write(folder, name, SweepPlots.UtilisationCurves($"{experiment}: utilisation per resource, {portfolio.Key}, {curve.Key}",
                    "load factor (every arrival rate times)", rows), formats));
            }
        }
        return written;
    }

    /// <summary>One grid point's resources across its replications: utilisation with its CI, offered load, and each type's (null without it in a cell).</summary>
    private sealed record ResourcePoint(PointSummary Summary, int Replications, IReadOnlyList<string> Resources, IReadOnlyList<string> Types,
        IReadOnlyList<SampleSummary> Utilisation, IReadOnlyList<double> OfferedLoad, IReadOnlyList<IReadOnlyList<double>>? LoadByType)
    {
        public object?[] Keys => [Summary.Point.Scenario, Summary.Point.Portfolio!.Discipline.Name(), Summary.Point.Portfolio.WipCapText, Summary.Point.Portfolio.LoadFactor];

        public static ResourcePoint Of(PointSummary summary, List<CellResult> reps)
        {
            var resources = reps[0].Resources.Select(r => r.Name).ToList();
            var types = summary.Point.Portfolio!.Types;
            // Means over replications as devsim portfolio takes them: the utilisation's across replications, the loads' over finite values.
            var utilisation = resources.Select((_, r) => SampleSummary.From(reps.Select(c => c.Resources[r].Utilization))).ToList();
            var offered = resources.Select((_, r) => FiniteMean.Of(reps.Select(c => c.Resources[r].OfferedLoad))).ToList();
            IReadOnlyList<IReadOnlyList<double>>? byType = reps.All(c => c.Portfolio?.LoadByType is not null)
                ? [.. resources.Select((_, r) => (IReadOnlyList<double>)[.. types.Select((_, k) => FiniteMean.Of(reps.Select(c => c.Portfolio!.LoadByType![r][k])))])]
                : null;
            return new ResourcePoint(summary, reps.Count, resources, types, utilisation, offered, byType);
        }
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
