using System.Globalization;
using System.Text.Json;
using DevSim.Engine.Experiments;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;
using DevSim.Runner.Cli;
using DevSim.Runner.Output;

namespace DevSim.Runner.Plots;

/// <summary>
/// The figures of a merged sweep, beside its CSV: per scenario, duration and waiting against mean
/// interarrival time (a curve per sequence and policy, 95% CI bands, points drawn by their verdict:
/// overloaded stretches shaded and left out of the line, unsettled points hollow without a band), and per scenario, sequence and policy each resource's utilisation.
/// The utilisation data goes to a CSV of its own beside them, so that <c>devsim plot</c> can redraw
/// every figure from files.
/// </summary>
internal static class SweepPlots
{
    /// <summary>The per-resource CSV's columns.</summary>
    public static readonly string[] ResourceHeader =
        ["scenario", "sequence", "policy", "interarrival", "resource", "utilisation_mean", "utilisation_ci_low", "utilisation_ci_high", "offered_load_mean"];

    /// <summary>The figures' points from a merge's summaries (isolated points have no interarrival and no curve).</summary>
    public static IReadOnlyList<SweepCurvePoint> Points(IEnumerable<PointSummary> summaries, Func<PointSummary, string> status, Func<PointSummary, string> verdict) =>
    [
        .. summaries.Where(s => s.Point.Interarrival is not null).Select(s => new SweepCurvePoint(s.Point.Scenario, s.Point.SequenceLabel,
            s.Point.Policy.Name(), s.Point.Interarrival!.Value, s.Replications, Triple(s.Duration), Triple(s.Waiting), status(s), verdict(s))),
    ];

    /// <summary>Each resource at each point from a merge's cells, summarised across replications.</summary>
    public static IReadOnlyList<SweepResourcePoint> Resources(IReadOnlyList<PlanPoint> plan, IEnumerable<CellResult> cells) =>
    [
        .. cells.GroupBy(c => c.Point).OrderBy(g => g.Key).Where(g => plan[g.Key].Interarrival is not null).SelectMany(g =>
        {
            var point = plan[g.Key];
            var reps = g.OrderBy(c => c.Replication).ToList();
            return reps[0].Resources.Select((r, k) =>
            {
                var utilisation = SampleSummary.From(reps.Select(c => c.Resources[k].Utilization));
                return new SweepResourcePoint(point.Scenario, point.SequenceLabel, point.Policy.Name(), point.Interarrival!.Value, r.Name,
                    utilisation.Mean, utilisation.Ci95.Lower, utilisation.Ci95.Upper, reps.Average(c => c.Resources[k].OfferedLoad));
            });
        }),
    ];

    /// <summary>Writes the per-resource CSV.</summary>
    public static void WriteResources(string path, IReadOnlyList<SweepResourcePoint> resources) =>
        CsvTable.Write(path, ResourceHeader, resources.Select(r => (IReadOnlyList<object?>)
            [r.Scenario, r.Sequence, r.Policy, r.Interarrival, r.Resource, r.Utilisation, r.Lower, r.Upper, r.OfferedLoad]));

    /// <summary>
    /// Reads a merge's results.json (<see cref="SweepResultsFile"/>) and, when present, the per-resource CSV
    /// beside it (<see cref="UtilisationFile"/>); every problem is a <see cref="UserErrorException"/> naming the
    /// file and the JSON path or line.
    /// </summary>
    public static (IReadOnlyList<SweepCurvePoint> Points, IReadOnlyList<SweepResourcePoint> Resources, string Experiment, int Projects) Read(string jsonPath)
    {
        var results = SweepResultsFile.Read(jsonPath);
        var csv = ResourcesPath(jsonPath);
        var resources = FileTypes.Of(csv) == FileType.Missing ? [] : UtilisationFile.Read(csv, results.Points);
        return (results.Points, resources, results.Experiment, results.Projects);
    }

    /// <summary>Where the per-resource CSV of a merge's CSV or JSON lives: NAME-utilisation.csv beside it.</summary>
    public static string ResourcesPath(string resultsPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(resultsPath))!, Path.GetFileNameWithoutExtension(resultsPath) + "-utilisation.csv");

    /// <summary>Writes every figure into <paramref name="folder"/>, named from <paramref name="baseName"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<SweepCurvePoint> points, IReadOnlyList<SweepResourcePoint> resources, string experiment,
        int projects, string folder, string baseName, FigureFormats formats)
    {
        var written = new List<string>();
        foreach (var scenario in points.Select(p => p.Scenario).Distinct())
        {
            var mine = points.Where(p => p.Scenario == scenario).ToList();
            written.AddRange(FigureWriter.Write(folder, $"{baseName}-duration-{Safe(scenario)}.svg",
                Curves(mine, $"{experiment}: mean project duration, {scenario}", "mean duration (days)", p => p.Duration, projects), formats));
            written.AddRange(FigureWriter.Write(folder, $"{baseName}-waiting-{Safe(scenario)}.svg",
                Curves(mine, $"{experiment}: mean waiting time per project, {scenario}", "mean waiting time (days)", p => p.Waiting, projects), formats));
        }
        foreach (var group in resources.GroupBy(r => (r.Scenario, r.Sequence, r.Policy)))
        {
            written.AddRange(FigureWriter.Write(folder, $"{baseName}-utilisation-{Safe(group.Key.Scenario)}-{Safe(group.Key.Sequence)}-{Safe(group.Key.Policy)}.svg",
                Utilisation([.. group], experiment, points), formats));
        }
        return written;
    }

    private static Figure Curves(IReadOnlyList<SweepCurvePoint> points, string title, string yLabel,
        Func<SweepCurvePoint, (double Mean, double Lower, double Upper)> measure, int projects)
    {
        var sequences = points.Select(p => p.Sequence).Distinct().ToList();
        var policies = points.Select(p => p.Policy).Distinct().ToList();
        var series = new List<LineSeries>();
        var regions = new List<ShadedRegion>();
        foreach (var curve in points.GroupBy(p => (p.Sequence, p.Policy)))
        {
            var ordered = curve.OrderBy(p => p.Interarrival).ToList();
            var s = sequences.IndexOf(curve.Key.Sequence);
            series.Add(new LineSeries($"{curve.Key.Policy}, {curve.Key.Sequence}", [.. ordered.Select(p => p.Interarrival)],
                [.. ordered.Select(p => measure(p).Mean)], [.. ordered.Select(p => measure(p).Lower)], [.. ordered.Select(p => measure(p).Upper)])
            {
                Colour = policies.IndexOf(curve.Key.Policy) + 3 * (s / 2),
                Dashed = s % 2 == 1,
                States = [.. ordered.Select(p => p.State)],
            });
            regions.AddRange(OverloadedStretches(ordered).Select(r => new ShadedRegion(r.From, r.To, $"{curve.Key.Policy}, {curve.Key.Sequence} overloaded")));
        }
        var replications = string.Join(" or ", points.Select(p => p.Replications).Distinct().Order());
        return new LineChart(title, "mean interarrival time (days)", yLabel, series)
        {
            NonNegative = true,
            Regions = regions,
            Caption = $"Bands: 95% CI (Student t) over {replications} replications of {projects:N0} projects" +
                (points.Any(p => p.State == PointState.Unsettled) ? "; hollow markers: verdict unsettled (not yet a steady state), no band." : "."),
        }.Render();
    }

    /// <summary>Contiguous runs of overloaded points, each widened by half a step on either side.</summary>
    private static IEnumerable<(double From, double To)> OverloadedStretches(List<SweepCurvePoint> curve)
    {
        double Half(int i, int j) => j < 0 || j >= curve.Count ? 0 : Math.Abs(curve[j].Interarrival - curve[i].Interarrival) / 2;
        for (var i = 0; i < curve.Count; i++)
        {
            if (curve[i].State != PointState.Overloaded)
                continue;
            var j = i;
            while (j + 1 < curve.Count && curve[j + 1].State == PointState.Overloaded)
                j++;
            yield return (curve[i].Interarrival - Half(i, i - 1), curve[j].Interarrival + Half(j, j + 1));
            i = j;
        }
    }

    private static Figure Utilisation(IReadOnlyList<SweepResourcePoint> rows, string experiment, IReadOnlyList<SweepCurvePoint> points)
    {
        var first = rows[0];
        var state = points.Where(p => p.Scenario == first.Scenario && p.Sequence == first.Sequence && p.Policy == first.Policy)
            .ToDictionary(p => p.Interarrival, p => p.State);
        return UtilisationCurves($"{experiment}: utilisation per resource, {first.Scenario}, {first.Sequence}, {first.Policy}", "mean interarrival time (days)",
            [.. rows.Select(r => new ResourceCurvePoint(r.Resource, r.Interarrival, r.Utilisation, r.Lower, r.Upper,
                state.GetValueOrDefault(r.Interarrival, PointState.Stable) == PointState.Overloaded))]);
    }

    /// <summary>
    /// Each resource's utilisation with its 95% CI band against a swept setting (<paramref name="xLabel"/>), a curve per resource
    /// in the order they first appear, overloaded points left out: a scenario sweep's against interarrival, a portfolio sweep's
    /// against the load factor.
    /// </summary>
    public static Figure UtilisationCurves(string title, string xLabel, IReadOnlyList<ResourceCurvePoint> rows)
    {
        var names = rows.Select(r => r.Resource).Distinct().ToList();
        var series = names.Select((name, k) =>
        {
            var mine = rows.Where(r => r.Resource == name).OrderBy(r => r.X).ToList();
            return new LineSeries(ResourceLabels.Of(k, name), [.. mine.Select(r => r.X)], [.. mine.Select(r => r.Utilisation)],
                [.. mine.Select(r => r.Lower)], [.. mine.Select(r => r.Upper)])
            {
                Colour = k,
                Dashed = k >= ChartStyle.Palette.Length,
                States = [.. mine.Select(r => r.Overloaded ? PointState.Overloaded : PointState.Stable)],
            };
        }).ToList();
        return new LineChart(title, xLabel, "utilisation (busy share of capacity)", series)
        {
            NonNegative = true,
            AllowZoom = false,
            Caption = "Bands: 95% CI (Student t) across replications; overloaded points left out.",
        }.Render();
    }

    private static (double, double, double) Triple(SampleSummary s) => (s.Mean, s.Ci95.Lower, s.Ci95.Upper);

    /// <summary>A name as part of a file name: letters, digits, '-' and '_' kept, anything else '-'.</summary>
    public static string Safe(string name) => string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}
