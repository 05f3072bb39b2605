using DevSim.Engine.Simulation;
using System.CommandLine;
using DevSim.Runner.Cli;
using DevSim.Runner.Output;
using DevSim.Runner.Plots;
using DevSim.Runner.Sweep;
using Spectre.Console;

namespace DevSim.Runner.Commands;

/// <summary><c>devsim merge</c>: combines sweep folders' cells into one CSV row per grid point and a JSON summary.</summary>
internal static class MergeCommand
{
    private const int MissingListed = 10;

    public static Command Create(CommandContext context)
    {
        var folders = new Argument<string[]>("folders") { Description = "Sweep output folders of one experiment (shards may have written to different ones).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The CSV to write; the JSON summary goes beside it (same name, .json).", Required = true };
        var partial = new Option<bool>("--allow-partial") { Description = "Merge even when cells are missing (points summarise the replications present)." };
        var figures = FiguresOption.Create();
        var command = new Command("merge",
            "Combine sweep results into a CSV with one row per grid point (mean, sd and 95% CI across replications, overload named) " +
            "and a JSON summary. Refuses, listing the missing cells, when the sweep is incomplete, unless --allow-partial.")
        {
            folders, output, partial, figures,
        };
        command.SetAction(parse =>
        {
            var csv = parse.GetRequiredValue(output);
            // The JSON goes beside the CSV with the extension .json: --out r.json would write both to one file, the JSON over the CSV.
            if (string.Equals(Path.ChangeExtension(csv, ".json"), csv, StringComparison.OrdinalIgnoreCase))
                throw new UserErrorException($"--out: '{csv}' would be both the CSV and the JSON summary beside it; name the CSV (for example results.csv)");
            var merge = SweepMerge.Read(parse.GetRequiredValue(folders));
            if (merge.Missing.Count > 0 && !parse.GetValue(partial))
            {
                var error = context.Error;
                error.WriteLine($"devsim: merge: {merge.Missing.Count:N0} of {merge.Plan.Cells:N0} cells of '{merge.Plan.Experiment}' are missing; nothing written:");
                foreach (var cell in merge.Missing.Take(MissingListed))
                    error.WriteLine($"devsim:   {merge.Describe(cell)}");
                if (merge.Missing.Count > MissingListed)
                    error.WriteLine($"devsim:   ... and {merge.Missing.Count - MissingListed:N0} more");
                error.WriteLine("devsim: run the sweep again (every shard) to fill them, or merge with --allow-partial");
                return ExitCodes.Incomplete;
            }
            var summaries = merge.Summaries();
            var json = Path.ChangeExtension(csv, ".json");
            StaleFiles.Remove(Path.GetDirectoryName(Path.GetFullPath(csv))!);
            // Both or neither: a merge that fails (a full disk) leaves the old pair as it was.
            if (merge.Plan.IsPortfolio)
            {
                AtomicFile.WriteAll([(csv, w => PortfolioMergedResults.WriteCsv(w, summaries)), (json, w => PortfolioMergedResults.WriteJson(w, merge, summaries))]);
                PortfolioSweepPlots.Write(summaries, merge.Plan.Experiment, merge.Plan.Projects, Path.GetDirectoryName(Path.GetFullPath(csv))!,
                    Path.GetFileNameWithoutExtension(csv), FiguresOption.Get(parse, figures));
                PortfolioSweepPlots.WriteResources(summaries, merge.Cells, merge.Plan.Experiment, csv, FiguresOption.Get(parse, figures));
                WritePortfolioTable(context.Console, summaries);
            }
            else
            {
                AtomicFile.WriteAll([(csv, w => MergedResults.WriteCsv(w, summaries)), (json, w => MergedResults.WriteJson(w, merge, summaries))]);
                WriteFigures(merge, summaries, csv, FiguresOption.Get(parse, figures));
                WriteTable(context.Console, summaries);
            }
            // Cells written before they stored their sketches still merge, but their percentiles cannot be pooled.
            var unpooled = summaries.Count(s => s.Point.Interarrival is not null && !s.PooledPercentiles);
            if (unpooled > 0)
            {
                context.Console.MarkupLine(Markup.Escape($"note: {unpooled:N0} grid points have cells written without their duration sketch (before DevSim stored it): " +
                    "their p50/p90/p99 are the means of the replications' percentiles, not pooled as simulate reports them (column percentiles); " +
                    "run the sweep again into a new folder to pool them"));
            }
            // plot reads results back through the input gate; a merge past its limit gets its figures only now.
            foreach (var written in new[] { json, SweepPlots.ResourcesPath(csv) })
            {
                if (File.Exists(written) && new FileInfo(written).Length is var length and > InputFiles.MaxBytes)
                {
                    context.Console.MarkupLine(Markup.Escape($"note: {written} is {length:N0} bytes, more than the {InputFiles.MaxBytes:N0} (16 MiB) devsim plot reads " +
                        "back: its figures are the ones drawn now (merge fewer grid points into one file to redraw them later)"));
                }
            }
            var missing = merge.Missing.Count > 0 ? $" ({merge.Missing.Count:N0} cells missing: partial)" : "";
            context.Console.MarkupLine(Markup.Escape($"{merge.Cells.Count:N0} cells, {summaries.Count:N0} grid points{missing} -> {csv}, {json}"));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The sweep's figures beside its CSV, and the per-resource CSV they draw from (so that devsim plot can redraw them).</summary>
    private static void WriteFigures(SweepMerge merge, IReadOnlyList<Engine.Experiments.PointSummary> summaries, string csv, FigureFormats formats)
    {
        var resources = SweepPlots.Resources(merge.Plan.Points, merge.Cells);
        SweepPlots.WriteResources(SweepPlots.ResourcesPath(csv), resources);
        SweepPlots.Write(SweepPlots.Points(summaries, MergedResults.Status, MergedResults.VerdictName), resources, merge.Plan.Experiment, merge.Plan.Projects,
            Path.GetDirectoryName(Path.GetFullPath(csv))!, Path.GetFileNameWithoutExtension(csv), formats);
    }

    private const int TableRows = 60;

    /// <summary>A portfolio sweep's table: a row per point and type (and overall), duration and on-time share with their CIs.</summary>
    private static void WritePortfolioTable(IAnsiConsole console, IReadOnlyList<Engine.Experiments.PointSummary> summaries)
    {
        var table = new Table().AddColumns("portfolio", "discipline", "wip-cap", "load", "type", "duration", "95% CI", "backlog", "on time", "95% CI", "verdict");
        foreach (var column in table.Columns.Skip(2))
            column.RightAligned();
        table.Columns[4].LeftAligned();
        table.Columns[10].LeftAligned();
        var rows = PortfolioMergedResults.Rows(summaries).ToList();
        foreach (var (s, g) in rows.Take(TableRows))
        {
            var p = s.Point.Portfolio!;
            table.AddTextRow(s.Point.Scenario, p.Discipline.Name(), p.WipCapText, Numbers.F(p.LoadFactor, 2), g.Name,
                Numbers.F(g.Duration.Mean, 1), Numbers.Ci(g.Duration.Ci95, 1), Numbers.F(g.BacklogWait.Mean, 1),
                Numbers.F(g.OnTime.Mean, 3), Numbers.Ci(g.OnTime.Ci95, 3), MergedResults.VerdictName(s));
        }
        console.Write(table);
        if (rows.Count > TableRows)
            console.MarkupLine($"[grey]... {rows.Count - TableRows:N0} more rows in the CSV[/]");
    }

    private static void WriteTable(IAnsiConsole console, IReadOnlyList<Engine.Experiments.PointSummary> summaries)
    {
        var table = new Table().AddColumns("scenario", "sequence", "policy", "interarrival", "reps", "duration", "95% CI", "waiting", "rework", "status", "verdict");
        foreach (var column in table.Columns.Skip(3).Take(6))
            column.RightAligned();
        foreach (var s in summaries.Take(TableRows))
        {
            var status = MergedResults.Status(s);
            if (s.Overloaded is { } resource)
                status += $" ({resource})";
            table.AddTextRow(s.Point.Scenario, s.Point.SequenceLabel, s.Point.Policy.Name(),
                s.Point.Interarrival is { } ia ? Numbers.F(ia, 2) : "isolated", s.Replications.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Numbers.F(s.Duration.Mean, 2), Numbers.Ci(s.Duration.Ci95, 2), Numbers.F(s.Waiting.Mean, 2), Numbers.F(s.Rework.Mean, 2), status,
                s.Verdict.ToString().ToLowerInvariant());
        }
        console.Write(table);
        if (summaries.Count > TableRows)
            console.MarkupLine($"[grey]... {summaries.Count - TableRows:N0} more grid points in the CSV[/]");
    }
}
