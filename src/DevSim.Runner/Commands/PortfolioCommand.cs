using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Simulation;
using DevSim.Runner.Cli;
using DevSim.Runner.Output;
using DevSim.Runner.Plots;
using Spectre.Console;

namespace DevSim.Runner.Commands;

/// <summary><c>devsim portfolio</c>: several project types sharing one pool of resources (docs/model.md#project-types).</summary>
internal static class PortfolioCommand
{
    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("portfolio") { Description = "A portfolio file (YAML or JSON): the pool, the discipline, the WIP cap and the project types." };
        var discipline = new Option<string?>("--discipline") { Description = "Override the file's discipline. " + QueueDisciplineRegistry.Help };
        discipline.Validators.Add(r => CommonOptions.OneOf(r, [.. QueueDisciplineRegistry.All]));
        var wipCap = new Option<string?>("--wip-cap")
        {
            Description = "Override the file's WIP cap: at most this many projects active at once, all types together, or none for no global cap " +
                "(a type's own cap stays).",
            HelpName = "N|none",
            CustomParser = WipCapText,
        };
        var loadFactor = CommonOptions.Number("--load-factor", 1, "Every type's arrival rate times this factor (every interarrival time divided by it).", 0, minimumExcluded: true);
        var defaults = new SimulationOptions();
        var projects = CommonOptions.Whole("--projects", defaults.Projects, "Projects per replication, all types together.");
        var warmup = new Option<string?>("--warmup")
        {
            Description = "The first projects (all types together) left out of the statistics, or auto (MSER-5, the run made twice) [default: 10% of --projects].",
            CustomParser = SimulateCommand.WarmupText,
        };
        var reps = CommonOptions.Whole("--reps", defaults.Replications, "Independent replications; CIs are across them.");
        var seed = CommonOptions.Seed();
        var threads = CommonOptions.Threads();
        var format = CommonOptions.Format();
        var maxInSystem = CommonOptions.Whole("--max-in-system", defaults.MaxProjectsInSystem, "Stop a replication as unstable when more projects than this are in the system (backlog included).");
        var trace = new Option<string?>("--trace") { Description = "Write every task execution of replication 0 to this CSV file (project, type, task, resource, amount, queued, start, end)." };
        var timeline = new Option<string?>("--timeline")
        {
            Description = $"Draw the first {SimulateCommand.TimelineProjects} projects of replication 0 (all types) as a calendar (this SVG file and a PNG beside it): " +
                "one lane per pool resource, one sub-lane per server, one bar per execution coloured by its project's type.",
        };
        var plot = new Option<string?>("--plot")
        {
            Description = "Write figures with their CSV data to this folder: per type the mean duration and the on-time share with 95% CIs, " +
                "and per resource the offered load stacked by type beside the measured utilisation.",
        };
        var figures = FiguresOption.Create();
        var command = new Command("portfolio",
            "Simulate several kinds of project sharing one pool of people: per type and overall duration, waiting, backlog wait, rework, tardiness " +
            "and on-time share, and per resource each type's share of the load, with 95% CIs across replications.")
        {
            file, discipline, wipCap, loadFactor, projects, warmup, reps, seed, threads, format, maxInSystem, trace, timeline, plot, figures,
        };
        command.SetAction(parse =>
        {
            var portfolio = context.LoadPortfolio(parse.GetRequiredValue(file));
            if (QueueDisciplineRegistry.Parse(parse.GetValue(discipline)) is { } chosen)
                portfolio = portfolio with { Discipline = chosen };
            if (parse.GetValue(wipCap) is { } capText)
                portfolio = portfolio with { WipCap = capText == NoCap ? null : int.Parse(capText, CultureInfo.InvariantCulture) };
            var factor = parse.GetValue(loadFactor);
            if (portfolio.TimeScaleProblem(factor, parse.GetValue(projects)) is { } scales)
                throw new UserErrorException($"{(factor == 1 ? "--projects" : "--load-factor")}: {scales}");
            portfolio = portfolio.WithLoadFactor(factor);
            var warmupText = parse.GetValue(warmup);
            var autoWarmup = warmupText == "auto";
            int? givenWarmup = warmupText is null || autoWarmup ? null : int.Parse(warmupText, CultureInfo.InvariantCulture);
            var options = new SimulationOptions
            {
                Projects = parse.GetValue(projects),
                Warmup = givenWarmup,
                Replications = parse.GetValue(reps),
                Seed = parse.GetValue(seed),
                MaxDegreeOfParallelism = CommonOptions.ThreadsOf(parse, threads),
                MaxProjectsInSystem = parse.GetValue(maxInSystem),
            };
            OptionFlags.ThrowIfInvalid(options.Validate(), SimulateCommand.Flags);
            var clock = Stopwatch.StartNew();
            if (autoWarmup)
            {
                var first = PortfolioSimulator.Run(portfolio, options, ProgressLines.ForReplications(context, options, "portfolio (warm-up pass)"), context.Cancellation);
                options = options with { Warmup = (int)Math.Min(first.All.SteadyState!.MserCutLargest, options.Projects - 1) };
            }
            var result = Run(context with { Progress = ProgressLines.ForReplications(context, options, "portfolio") }, portfolio, options,
                parse.GetValue(trace), parse.GetValue(timeline));
            context.Result?.Invoke(result);
            var rule = autoWarmup ? "auto (MSER-5)" : givenWarmup is null ? "default (10%)" : "given";
            var report = PortfolioReport.From(result, factor, rule, clock.Elapsed.TotalSeconds);
            if (parse.GetValue(plot) is { } folder)
                PortfolioPlots.Write(folder, report, PortfolioPlots.Labels(portfolio), FiguresOption.Get(parse, figures));
            if (CommonOptions.ToFormat(parse.GetValue(format)) == OutputFormat.Json)
                context.Output.WriteLine(Json.Serialize(report));
            else
                WriteTables(context.Console, report);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The run, with replication 0 traced to a CSV file and/or drawn as a calendar when asked.</summary>
    private static PortfolioResult Run(CommandContext context, Portfolio portfolio, SimulationOptions options, string? tracePath, string? timelinePath)
    {
        PortfolioResult Traced(IExecutionObserver? trace)
        {
            if (timelinePath is null)
                return PortfolioSimulator.Run(portfolio, options with { Observer = trace }, context.Progress, context.Cancellation);
            if (Directory.Exists(timelinePath))
                throw new EnvironmentErrorException(timelinePath, "cannot write (is a folder, not a file)");
            var recorder = new TimelineRecorder(SimulateCommand.TimelineProjects, trace);
            var result = PortfolioSimulator.Run(portfolio, options with { Observer = recorder }, context.Progress, context.Cancellation);
            var figure = PortfolioPlots.Timeline(portfolio, recorder.Records,
                $"{portfolio.Name}: the first {SimulateCommand.TimelineProjects} projects (all types), {portfolio.Discipline.Name()} queues");
            FigureWriter.Write(Path.GetDirectoryName(Path.GetFullPath(timelinePath))!, Path.GetFileName(timelinePath), figure, FigureFormats.Both);
            return result;
        }
        if (tracePath is null)
            return Traced(null);
        PortfolioResult? traced = null;
        AtomicFile.Write(tracePath, writer =>
        {
            writer.WriteLine(TraceWriter.TypedHeader);
            traced = Traced(new TraceWriter(writer, [.. portfolio.Pool.Resources.Select(r => r.Name)], [.. portfolio.Types.Select(t => t.Name)]));
        });
        return traced!;
    }

    private static void WriteTables(IAnsiConsole console, PortfolioReport r)
    {
        static string Num(double v, int d = 1) => Numbers.F(v, d);
        // A type without a due allowance has no tardiness or on-time share; one replication gives means without CIs (footnotes say so).
        static string Ci(PortfolioReport.MeanBlock m, int d = 1) => double.IsNaN(m.Mean) ? Numbers.NotComputed
            : double.IsNaN(m.Ci95[0]) || double.IsNaN(m.Ci95[1]) ? $"{Num(m.Mean, d)} (no CI)" : $"{Num(m.Mean, d)} {Numbers.Ci(m.Ci95[0], m.Ci95[1], d)}";
        var s = r.Settings;
        console.MarkupLine($"[bold]{Markup.Escape(r.Portfolio)}[/]: {r.Types.Count} types, discipline {s.Discipline}, " +
            $"WIP cap {(s.WipCap is { } cap ? cap.ToString(CultureInfo.InvariantCulture) : "none")}, load factor {Num(s.LoadFactor, 2)}");
        console.MarkupLine($"[grey]{s.Projects:N0} projects per replication (all types), the first {s.Warmup:N0} discarded ({Markup.Escape(s.WarmupRule)}); " +
            $"{s.Reps} replications, seed {s.Seed}; means with 95% CIs across replications[/]");
        if (FewReplications.Note(s.Reps, "--reps") is { } few)
            console.MarkupLine($"[yellow]{Markup.Escape(few)}[/]");
        VerdictLines.Write(console, r.Verdict, r.Reasons);
        // Narrow tables by design (docs/cli.md: tables fit 80 columns): where the time goes, then the due dates, then the resources.
        var time = new Table().AddColumns("type", "projects", "duration (days)", "waiting at resources").NumbersNoWrap();
        var due = new Table().AddColumns("type", "backlog wait", "tardiness", "on time").NumbersNoWrap();
        foreach (var t in r.Types.Append(r.Overall))
        {
            time.AddTextRow(t.Name, t.Counted.ToString("N0", CultureInfo.InvariantCulture), Ci(t.Duration), Ci(t.Waiting));
            due.AddTextRow(t.Name, Ci(t.BacklogWait), Ci(t.Tardiness), Ci(t.OnTime, 2));
        }
        console.Write(time);
        console.Write(due);
        foreach (var note in NotComputedNotes(r))
            console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
        foreach (var warning in r.Warnings)
            console.MarkupLine($"[yellow]{Markup.Escape(warning)}[/]");
        if (r.Settings.Reps == 1)
            console.MarkupLine("[grey]no CI: one replication; give --reps 2 or more for 95% CIs across replications[/]");
        var resources = new Table().AddColumns("resource", "capacity", "load", "util", "queue", "by type (share of load)");
        foreach (var column in resources.Columns.Skip(1).Take(4))
        {
            column.RightAligned();
            column.NoWrap();
        }
        foreach (var x in r.Resources)
        {
            resources.AddTextRow(x.Name, x.Capacity.ToString(CultureInfo.InvariantCulture), Num(x.OfferedLoad.Mean, 2), Num(x.Utilization.Mean, 2),
                Num(x.Queue.Mean, 2), string.Join(", ", x.ByType.Where(b => b.Share > 0).Select(b => $"{b.Type}\u00a0{Num(100 * b.Share, 0)}%")));
        }
        console.Write(resources);
        // The table shows means; where the JSON's load CI is null, say why, once for the resources that share the reason.
        foreach (var group in r.Resources.Where(x => x.OfferedLoadCiReason is not null).GroupBy(x => x.OfferedLoadCiReason))
            console.MarkupLine($"[grey]{Markup.Escape($"load of {string.Join(", ", group.Select(x => x.Name))}: {group.Key}")}[/]");
        console.MarkupLine("[grey]projects: counted after the warm-up, all replications together; backlog wait: before the WIP cap let the project in; " +
            "load: offered load (work arriving per day / capacity); util: utilisation; queue: time-average number waiting; " +
            $"{SimulateCommand.ResourceMeansNote}[/]");
        console.MarkupLine($"[grey]{r.Events:N0} events in {r.ElapsedSeconds:F2} s[/]");
    }

    /// <summary>
    /// Why a type's cells say "not computed": no project of it finished after the warm-up (starved, or too few arrivals), or
    /// it has no due allowance. Told apart because a starved type with a due date was once footnoted as having none.
    /// </summary>
    internal static IEnumerable<string> NotComputedNotes(PortfolioReport r)
    {
        var none = r.Types.Where(t => t.Counted == 0).Select(t => t.Name).ToList();
        if (none.Count > 0)
        {
            yield return $"{Numbers.NotComputed}: no project of {string.Join(", ", none)} finished after the warm-up, so nothing of " +
                $"{(none.Count == 1 ? "it" : "them")} is measured (starved by the others, or too few arrivals: see the verdict and the backlog wait)";
        }
        var undated = r.Settings.Types.Where(t => t.DueAllowance is null && !none.Contains(t.Name)).Select(t => t.Name).ToList();
        if (undated.Count > 0)
            yield return $"{Numbers.NotComputed}: {string.Join(", ", undated)} {(undated.Count == 1 ? "has" : "have")} no due-allowance, so no due date, tardiness or on-time share";
    }

    /// <summary>How <c>--wip-cap</c> and a sweep's <c>wip-cap</c> axis spell "no global cap".</summary>
    private const string NoCap = "none";

    /// <summary><c>--wip-cap</c>: none, or a whole number of projects of 1 or more (as the sweep's axis takes it).</summary>
    private static string? WipCapText(System.CommandLine.Parsing.ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
            return null;
        var text = result.Tokens[^1].Value;
        if (text == NoCap)
            return text;
        if (Engine.Input.NumberText.TryParseWhole(text, 1, int.MaxValue, out var value, out var problem))
            return value.ToString(CultureInfo.InvariantCulture);
        result.AddError($"--wip-cap: {problem}, or none for no cap");
        return null;
    }
}
