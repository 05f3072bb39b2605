using System.Diagnostics;
using System.CommandLine;
using System.Reflection;
using DevSim.Engine.Simulation;
using DevSim.Runner.Cli;
using DevSim.Runner.Output;
using DevSim.Runner.Plots;
using DevSim.Runner.Replay;
using Spectre.Console;

namespace DevSim.Runner.Commands;

/// <summary><c>devsim replay optical-mouse</c>: reruns every experiment of the paper and writes the report, plots and data.</summary>
internal static class ReplayCommand
{
    public const string Case = "optical-mouse";

    public static Command Create(CommandContext context)
    {
        var @case = new Argument<string>("case") { Description = "The paper's case to replay: optical-mouse (Kang & Hong 2007, section 5)." };
        var output = new Option<string>("--out")
        {
            Description = "Folder for report.md, summary.json, plots/ and data/ (created if missing; files are replaced one by one, atomically).",
            DefaultValueFactory = _ => Path.Combine("results", Case),
        };
        var winnersCurse = new Option<bool>("--winners-curse")
        {
            Description = "Also emulate the paper's GA with K replications behind each fitness value (K = 1 to 1,000, both noise modes) and add " +
                "\"The winner's curse, measured\" to the report (about 90 s more on 2 cores).",
        };
        var readings = new Option<bool>("--readings")
        {
            Description = "Also replay the paper's experiments under each other reading of its text (docs/model.md#readings-of-the-paper) and add " +
                "\"The paper's claims under other readings of its text\" to the report.",
        };
        var quick = new Option<bool>("--quick") { Description = "A smoke run of the whole pipeline in seconds: small grids, few projects, a short search. Not for conclusions." };
        var seed = CommonOptions.Seed();
        var threads = CommonOptions.Threads();
        var figures = FiguresOption.Create();
        var command = new Command("replay",
            "Rerun every experiment of the paper's optical mouse case (Table 3, Figures 7 to 11, the worst sequence's stability limit) " +
            "and write a report with the paper's numbers beside DevSim's, figures (SVG and PNG) and CSV data.")
        {
            @case, output, quick, seed, threads, figures, winnersCurse, readings,
        };
        command.SetAction(parse =>
        {
            var name = parse.GetRequiredValue(@case);
            if (name != Case)
                throw new UserErrorException($"replay: '{name}' is not a case the replay knows; it replays the paper's '{Case}' " +
                    "(for other processes use simulate, or a sweep)");
            var folder = parse.GetRequiredValue(output);
            var settings = parse.GetValue(quick)
                ? ReplaySettings.QuickRun(parse.GetValue(seed), CommonOptions.ThreadsOf(parse, threads))
                : ReplaySettings.Full(parse.GetValue(seed), CommonOptions.ThreadsOf(parse, threads));
            CheckWritable(folder);

            // The whole command, the optional studies included: what a user waits for.
            var clock = Stopwatch.StartNew();
            var results = ReplayProgressDisplay.Run(context.Console, progress => new ReplayRunner(settings, progress).Run());
            WinnersCurseStudy? study = null;
            if (parse.GetValue(winnersCurse))
            {
                var curse = settings.Quick ? WinnersCurseSettings.QuickRun(settings.Seed, settings.Threads) : WinnersCurseSettings.Full(settings.Seed, settings.Threads);
                context.Console.WriteLine("Emulating the paper's GA for the winner's curse...");
                study = WinnersCurseStudy.Run(curse);
            }
            ReadingsStudy? readingsStudy = null;
            if (parse.GetValue(readings))
            {
                readingsStudy = ReadingsStudy.Run(settings.Seed, settings.Threads, settings.Quick,
                    label => context.Console.WriteLine($"Replaying under the reading: {label}..."));
            }
            var files = Write(results, folder, FiguresOption.Get(parse, figures), study, readingsStudy, clock);
            WriteSummary(context.Console, results, folder, files, clock.Elapsed.TotalSeconds);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Fails before minutes of simulation rather than after, when the output folder cannot be created.</summary>
    private static void CheckWritable(string folder)
    {
        AtomicFile.Guard(folder, "cannot create the --out folder", () => Directory.CreateDirectory(folder));
        // Temporary files of an earlier replay killed on this machine.
        foreach (var place in Directory.EnumerateDirectories(folder).Prepend(folder))
            StaleFiles.Remove(place);
    }

    private static List<string> Write(ReplayResults results, string folder, FigureFormats formats, WinnersCurseStudy? study, ReadingsStudy? readings, Stopwatch clock)
    {
        var version = Version;
        var files = new List<string>();
        files.AddRange(ReplayData.Write(results, Path.Combine(folder, "data")));
        files.AddRange(ReplayPlots.Write(results, Path.Combine(folder, "plots"), formats));
        var report = Path.Combine(folder, "report.md");
        var text = new ReplayReport(results, version).Render();
        if (study is not null)
        {
            files.AddRange(WinnersCurseOutput.Write(study, folder, formats));
            text += "\n" + WinnersCurseOutput.Section(study);
        }
        if (readings is not null)
        {
            files.AddRange(ReadingsOutput.Write(readings, folder, formats));
            text += "\n" + ReadingsOutput.Section(readings);
        }
        AtomicFile.Write(report, w => w.Write(text));
        files.Add(report);
        var summary = Path.Combine(folder, "summary.json");
        var json = Json.Serialize(new
        {
            Case,
            Version = version,
            results.Settings.Seed,
            results.Settings.Quick,
            results.Settings.Projects,
            Warmup = SimulationOptions.DefaultWarmup(results.Settings.Projects),
            Reps = results.Settings.Replications,
            Headlines = ReplayHeadlines.From(results),
            ElapsedSeconds = clock.Elapsed.TotalSeconds,
        });
        AtomicFile.Write(summary, w => w.Write(json));
        files.Add(summary);
        return files;
    }

    private static string Version =>
        typeof(ReplayCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    private static void WriteSummary(IAnsiConsole console, ReplayResults results, string folder, IReadOnlyList<string> files, double elapsedSeconds)
    {
        console.WriteLine();
        if (results.Settings.Quick)
            console.MarkupLine("[yellow]Quick mode: a smoke test of the pipeline; the numbers are not precise.[/]");
        var table = new Table().AddColumns("result", "paper", "DevSim", "agreement");
        foreach (var h in ReplayHeadlines.From(results))
            table.AddTextRow(h.Result, h.Paper, h.DevSim, h.Agreement);
        console.Write(table);
        var plots = files.Count(f => f.EndsWith(".svg", StringComparison.Ordinal) || f.EndsWith(".png", StringComparison.Ordinal));
        var data = files.Count(f => f.EndsWith(".csv", StringComparison.Ordinal));
        console.WriteLine($"Report: {Path.Combine(folder, "report.md")}; {plots} figure files in {Path.Combine(folder, "plots")}; {data} data files in {Path.Combine(folder, "data")}.");
        var studies = elapsedSeconds - results.ElapsedSeconds > 1
            ? $" (the paper's experiments {results.ElapsedSeconds:F1} s, the rest for the studies asked for and the files)"
            : "";
        console.WriteLine($"Replay finished in {elapsedSeconds:F1} s{studies}.");
    }
}
