using System.Text;
using DevSim.Runner.Output;
using DevSim.Runner.Plots;
using static DevSim.Runner.Replay.ReplayText;

namespace DevSim.Runner.Replay;

/// <summary>Writes the readings study: data/readings.csv, its figure and its section of report.md.</summary>
internal static class ReadingsOutput
{
    public const string DataFile = "readings.csv";
    public const string Figure = "readings-figure7.svg";

    /// <summary>Writes the CSV and the figure; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(ReadingsStudy study, string folder, FigureFormats formats)
    {
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(data);
        var csv = Path.Combine(data, DataFile);
        CsvTable.Write(csv, ["reading", "model", "claim", "paper", "devsim", "agreement"],
            study.Runs.SelectMany(run => run.Failure is not null ? [(IReadOnlyList<object?>)[run.Label, run.Model, "", "", run.Failure, "rework never dies out"]] : run.Headlines.Select(h => (IReadOnlyList<object?>)[run.Label, run.Model, h.Result, h.Paper, h.DevSim, h.Agreement])));
        var written = new List<string> { csv };
        written.AddRange(FigureWriter.Write(Path.Combine(folder, "plots"), Figure, Chart(study).Render(), formats));
        return written;
    }

    private static LineChart Chart(ReadingsStudy study)
    {
        var series = study.Runs.Select((run, i) => (run, i)).Where(x => x.run.Results is not null).Select(x =>
        {
            var (run, i) = x;
            var comparisons = run.Results!.Comparisons(GridExperiment.Mouse, SequenceSource.Paper);
            return new LineSeries(run.Label, [.. comparisons.Select(c => c.Interarrival)],
                [.. comparisons.Select(c => c.Verdict == Verdict.Overloaded ? double.NaN : c.DurationDifference.Mean)],
                [.. comparisons.Select(c => c.DurationDifference.Ci95.Lower)], [.. comparisons.Select(c => c.DurationDifference.Ci95.Upper)])
            {
                Colour = i,
                States = [.. comparisons.Select(c => c.Verdict == Verdict.Overloaded ? PointState.Overloaded : PointState.Stable)],
            };
        }).ToList();
        return new LineChart("Figure 7 under each reading: static minus dynamic mean duration (paper's optimal sequence)", "mean interarrival time (days)",
            "static − dynamic (days; above 0: dynamic shorter)", series)
        {
            ZeroLine = true,
            Lines = [new ReferenceLine($"Kang & Hong (2007): no significant difference at {N(PaperResults.NoDifferenceInterarrival)}", PaperResults.NoDifferenceInterarrival, 7)],
        };
    }

    /// <summary>The report section: every claim under every reading, then which reading reproduces which claim.</summary>
    public static string Section(ReadingsStudy study)
    {
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');
        void Row(IEnumerable<string> cells) => Line("| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
        var first = study.Runs.First(r => r.Results is not null).Results!.Settings;
        Line("## The paper's claims under other readings of its text");
        Line();
        Line("Each column replays the paper's experiments with the mouse and the balanced process read another way (docs/model.md#readings-of-the-paper), " +
             "and judges each claim as the summary table above does. To fit the time budget these runs are lighter than the main replay: " +
             $"{first.Projects:N0} projects and {first.Replications} replications per point, the GA on {first.Search.Replications:N0} replications per " +
             $"fitness value, {first.SingleProjectReplications:N0} single-project replications per sequence; mouse grid {GridText(first.MouseGrid)}, " +
             $"balanced {GridText(first.BalancedGrid)}, worst sequence {GridText(first.WorstGrid)}. The default column therefore need not repeat the main " +
             $"table's words exactly. This section took {study.ElapsedSeconds:F0} s.");
        Line();
        var claims = study.Runs.First(r => r.Results is not null).Headlines.Select(h => h.Result).ToList();
        Row(["claim", "paper", .. study.Runs.Select(r => r.Label)]);
        Row(["---", "---", .. study.Runs.Select(_ => "---")]);
        foreach (var claim in claims)
        {
            var paper = study.Runs.SelectMany(r => r.Headlines).First(h => h.Result == claim).Paper;
            Row([claim, paper, .. study.Runs.Select(r => r.Failure is not null ? "rework never dies out"
                : r.Headlines.FirstOrDefault(h => h.Result == claim) is { } h ? $"{h.Agreement}: {h.DevSim}" : "")]);
        }
        Line();
        foreach (var failed in study.Runs.Where(r => r.Failure is not null))
            Line($"- **{failed.Label}**: {failed.Failure} Under this reading the paper's processes cannot be simulated as the paper describes them, so it reproduces none of its claims.");
        if (study.Runs.Any(r => r.Failure is not null))
            Line();
        Line("Which reading reproduces which claim (judged \"agrees\"):");
        Line();
        var never = new List<string>();
        foreach (var claim in claims)
        {
            var by = study.Runs.Where(r => r.Reproduces(claim)).Select(r => r.Label).ToList();
            if (by.Count == 0)
                never.Add(claim);
            else
                Line($"- {claim}: {string.Join("; ", by)}.");
        }
        Line();
        Line(never.Count == 0 ? "Every claim is reproduced by some reading." : "No reading tried reproduces: " + string.Join("; ", never) + ".");
        Line();
        Line($"![Figure 7 under each reading](plots/{Figure})");
        Line();
        Line($"Data: `data/{DataFile}` (one row per reading and claim).");
        Line();
        return md.ToString();
    }

    private static string GridText(IReadOnlyList<double> grid) => string.Join(", ", grid.Select(N));
}
