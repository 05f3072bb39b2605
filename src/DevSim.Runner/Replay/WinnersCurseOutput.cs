using System.Globalization;
using System.Text;
using DevSim.Engine.Fidelity;
using DevSim.Engine.Optimization;
using DevSim.Runner.Output;
using DevSim.Runner.Plots;

namespace DevSim.Runner.Replay;

/// <summary>Writes the winner's-curse study: its CSV, its two figures and its section of report.md.</summary>
internal static class WinnersCurseOutput
{
    public const string DataFile = "winners-curse.csv";
    public const string MinimumFigure = "winners-curse-minimum.svg";
    public const string MaximumFigure = "winners-curse-maximum.svg";

    /// <summary>Writes data/winners-curse.csv and the figures; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(WinnersCurseStudy study, string folder, FigureFormats formats)
    {
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(data);
        var csv = Path.Combine(data, DataFile);
        CsvTable.Write(csv, ["k", "noise", "objective", "seed_index", "printed_mean", "printed_sd", "fresh_mean", "fresh_ci_low", "fresh_ci_high", "bias", "generations", "evaluations", "sequence"],
            study.Rows.Select(r => (IReadOnlyList<object?>)[r.Replications, Noise(r.Noise), Objective(r.Objective), r.SeedIndex, r.Outcome.PrintedMean,
                r.Outcome.PrintedStandardDeviation, r.Outcome.Fresh.Mean, r.Outcome.Fresh.Ci95.Lower, r.Outcome.Fresh.Ci95.Upper, r.Outcome.Bias,
                r.Outcome.Generations, r.Outcome.Evaluations, string.Join(' ', r.Outcome.Sequence)]));
        var written = new List<string> { csv };
        var plots = Path.Combine(folder, "plots");
        written.AddRange(FigureWriter.Write(plots, MinimumFigure, Chart(study, Engine.Optimization.Objective.Minimize, PaperResults.OptimalMean).Render(), formats));
        written.AddRange(FigureWriter.Write(plots, MaximumFigure, Chart(study, Engine.Optimization.Objective.Maximize, PaperResults.WorstMean).Render(), formats));
        return written;
    }

    private static LineChart Chart(WinnersCurseStudy study, Objective objective, double paper)
    {
        var ks = study.Settings.Grid.Select(g => g.Replications).ToList();
        var x = ks.Select(k => Math.Log10(k)).ToList();
        var series = new List<LineSeries>();
        var colour = 0;
        foreach (var noise in Enum.GetValues<NoiseMode>())
        {
            var cells = ks.Select(k => study.Cell(k, noise, objective).Select(r => r.Outcome).ToList()).ToList();
            series.Add(new LineSeries($"printed, {Noise(noise)} (median; band: lowest to highest of the seeds)", x,
                cells.Select(c => Median(c.Select(o => o.PrintedMean))).ToList(),
                cells.Select(c => c.Min(o => o.PrintedMean)).ToList(), cells.Select(c => c.Max(o => o.PrintedMean)).ToList())
            { Colour = colour });
            series.Add(new LineSeries($"the same winners on fresh replications, {Noise(noise)}", x,
                cells.Select(c => Median(c.Select(o => o.Fresh.Mean))).ToList())
            { Colour = colour, Dashed = true });
            colour++;
        }
        var what = objective == Engine.Optimization.Objective.Minimize ? "optimal (minimum)" : "worst (maximum)";
        return new LineChart($"The winner's curse: the {what} sequence's printed value against K", "log10 K (replications behind each fitness value)",
            "mean duration (days)", series)
        {
            References = [.. x.Select(v => new ReferencePoint($"Kang & Hong (2007), Table 3: {N(paper)}", v, paper))],
            AllowZoom = false,
            BandLabel = "band: lowest to highest printed value over the seeds (not a CI)",
        };
    }

    /// <summary>The report section: the table of spreads against K, the covering K and which noise mode fits.</summary>
    public static string Section(WinnersCurseStudy study)
    {
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');
        var s = study.Settings;
        Line("## The winner's curse, measured");
        Line();
        Line($"The paper printed, for its optimal and worst sequences, the mean and sd of the replications its GA valued them on. DevSim " +
             $"emulates that procedure (docs/model.md#the-winners-curse-measured): the paper's GA ({s.Search.Populations} populations of " +
             $"{s.Search.PopulationSize}, PMX, stop at improvement < {N(s.Search.StopImprovement)} over {s.Search.StopWindow} generations) with K " +
             "replications behind each fitness value, printing the winner's own K-replication mean and sd, next to the same winner on " +
             $"{s.FreshReplications:N0} fresh replications. Noise: *common* = every candidate on the same replications, each valued once (DevSim's " +
             "search); *fresh* = new replications for every evaluation, the survivors re-valued every generation (a plain GA). Seeds per K: " +
             string.Join(", ", s.Grid.Select(g => $"{g.Replications}: {g.Seeds}")) + $" (fewer at large K to keep the study near 90 s on 2 idle cores; this run took {study.ElapsedSeconds:F0} s). Every search of a seed starts from the same populations at every K and in both modes.");
        Line();
        Line("| K | noise | minimum printed: median [lowest, highest] | its sd: median [range] | fresh value (median) | maximum printed: median [lowest, highest] | its sd: median [range] | fresh value (median) |");
        Line("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (k, _) in s.Grid)
        {
            foreach (var noise in Enum.GetValues<NoiseMode>())
            {
                var min = study.Cell(k, noise, Engine.Optimization.Objective.Minimize).Select(r => r.Outcome).ToList();
                var max = study.Cell(k, noise, Engine.Optimization.Objective.Maximize).Select(r => r.Outcome).ToList();
                Line($"| {k} | {Noise(noise)} | {Spread(min.Select(o => o.PrintedMean))} | {Spread(min.Select(o => o.PrintedStandardDeviation))} | " +
                     $"{N(Median(min.Select(o => o.Fresh.Mean)))} | {Spread(max.Select(o => o.PrintedMean))} | {Spread(max.Select(o => o.PrintedStandardDeviation))} | " +
                     $"{N(Median(max.Select(o => o.Fresh.Mean)))} |");
            }
        }
        Line();
        Line($"The paper: minimum {N(PaperResults.OptimalMean)} (sd {N(PaperResults.OptimalSd)}), maximum {N(PaperResults.WorstMean)} (sd {N(PaperResults.WorstSd)}).");
        Line();
        foreach (var noise in Enum.GetValues<NoiseMode>())
        {
            var both = study.CoveringBoth(noise);
            var sds = study.CoveringMeansAndSds(noise);
            Line($"- {Noise(noise)} noise: the seeds' printed means span both of the paper's values at K = {List(both)}; " +
                 $"means and sds together at K = {List(sds)}.");
        }
        Line();
        Line("A seed's range is wide at small K, so covering a value says little; where the *median* search lands says more. " +
             "For each noise mode, the K (of those with an sd to print, K ≥ 2) whose median printed value is nearest the paper's:");
        Line();
        Line("| noise | minimum: K, median, seeds at or below 59.074 | maximum: K, median, seeds at or above 108.099 |");
        Line("| --- | --- | --- |");
        foreach (var noise in Enum.GetValues<NoiseMode>())
        {
            var min = study.Nearest(noise, Engine.Optimization.Objective.Minimize, PaperResults.OptimalMean);
            var max = study.Nearest(noise, Engine.Optimization.Objective.Maximize, PaperResults.WorstMean);
            Line($"| {Noise(noise)} | K = {min.K}: {N(min.Median)}, {min.ShareBeyond * 100:F0}% | K = {max.K}: {N(max.Median)}, {max.ShareBeyond * 100:F0}% |");
        }
        Line();
        var fits = Enum.GetValues<NoiseMode>().Where(m => study.Fits(m)).ToList();
        Line(fits.Count switch
        {
            0 => "Under neither noise mode does a typical search print both of the paper's values (within 1%) at any K: the winner's curse alone does not explain Table 3.",
            1 => $"Only {Noise(fits[0])} noise makes a typical search print both of the paper's values within 1% (at the K above): the paper's Table 3 fits a GA " +
                 (fits[0] == NoiseMode.FreshEachEvaluation
                     ? "that drew fresh random numbers for every evaluation on a few replications per fitness value, whose winners' true values are the fresh ones in the table."
                     : "that valued every candidate on the same few replications."),
            _ => "Both noise modes make a typical search print both of the paper's values within 1% at some K.",
        });
        Line();
        Line($"![The winner's curse, minimum](plots/{MinimumFigure})");
        Line();
        Line($"![The winner's curse, maximum](plots/{MaximumFigure})");
        Line();
        Line($"Data: `data/{DataFile}` (one row per search).");
        Line();
        return md.ToString();
    }

    private static string List(IReadOnlyList<int> ks) => ks.Count == 0 ? "none" : string.Join(", ", ks);

    private static string Spread(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToList();
        return finite.Count == 0 ? "n/a" : $"{N(Median(finite))} [{N(finite.Min())}, {N(finite.Max())}]";
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(double.IsFinite).Order().ToList();
        if (sorted.Count == 0)
            return double.NaN;
        var m = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static string N(double x) => double.IsFinite(x) ? x.ToString("F3", CultureInfo.InvariantCulture) : "n/a";

    private static string Noise(NoiseMode mode) => mode == NoiseMode.CommonRandomNumbers ? "common" : "fresh";

    private static string Objective(Objective objective) => objective == Engine.Optimization.Objective.Minimize ? "minimize" : "maximize";
}
