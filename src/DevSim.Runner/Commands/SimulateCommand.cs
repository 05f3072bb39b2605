using DevSim.Engine;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DevSim.Engine.Randomness;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;
using DevSim.Runner.Cli;
using DevSim.Runner.Output;
using DevSim.Runner.Plots;
using Spectre.Console;

namespace DevSim.Runner.Commands;

/// <summary><c>devsim simulate</c>: many projects arriving over time and sharing the resources.</summary>
internal static class SimulateCommand
{
    /// <summary>The footnote under a table of per-resource means shown without their CIs (simulate, portfolio).</summary>
    internal const string ResourceMeansNote = "the resource table: means over the replications; their 95% CIs are in --format json and --plot's resources.csv";


    /// <summary>Projects drawn by --timeline: enough to see queues form, few enough to read.</summary>
    internal const int TimelineProjects = 30;

    /// <summary>The flag of each <see cref="SimulationOptions"/> property, for its problems (portfolio's flags are the same).</summary>
    internal static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        [nameof(SimulationOptions.Projects)] = "--projects",
        [nameof(SimulationOptions.Warmup)] = "--warmup",
        [nameof(SimulationOptions.Replications)] = "--reps",
        [nameof(SimulationOptions.MaxProjectsInSystem)] = "--max-in-system",
        [nameof(SimulationOptions.MaxDegreeOfParallelism)] = "--threads",
        [nameof(SimulationOptions.Arrivals)] = "--arrivals",
        [nameof(SimulationOptions.Sequence)] = "--sequence",
    };

    public static Command Create(CommandContext context)
    {
        var scenario = CommonOptions.Scenario();
        var policy = new Option<string>("--policy")
        {
            Description = SequencingPolicyRegistry.Help,
            DefaultValueFactory = _ => "static",
        };
        policy.Validators.Add(r => CommonOptions.OneOf(r, [.. SequencingPolicyRegistry.All]));
        var sequence = CommonOptions.Sequence("Task ids in order, comma-separated (default: the scenario's sequence).");
        var interarrival = CommonOptions.OptionalNumber("--interarrival", "Mean time between project arrivals, in days (required with poisson or fixed arrivals).", 0, minimumExcluded: true);
        var arrivals = new Option<string>("--arrivals")
        {
            Description = "poisson (exponential interarrival times), fixed (one every --interarrival days), or a CSV file whose first column holds arrival times.",
            DefaultValueFactory = _ => "poisson",
        };
        var defaults = new SimulationOptions();
        var projects = CommonOptions.Whole("--projects", defaults.Projects, "Projects per replication (the paper: 20,000).");
        var warmup = new Option<string?>("--warmup")
        {
            Description = "The first projects left out of the statistics, or auto: the largest MSER-5 truncation over the replications " +
                "(the run is made twice, first to find it) [default: 10% of --projects].",
            CustomParser = WarmupText,
        };
        var maxHalfWidth = CommonOptions.Number("--max-half-width", new VerdictOptions().MaxRelativeHalfWidth,
            "The verdict is unsettled when the mean duration's 95% CI half-width exceeds this fraction of the mean.", 0, minimumExcluded: true);
        var trendAlpha = CommonOptions.Number("--trend-alpha", new VerdictOptions().TrendSignificance,
            "The verdict is unsettled when the trend test on 20 batch means after the warm-up is significant at this level.", 0, 1, minimumExcluded: true);
        var reps = CommonOptions.Whole("--reps", defaults.Replications, "Independent replications; CIs are across them (with 1, from 20 batch means of the run).");
        var seed = CommonOptions.Seed();
        var threads = CommonOptions.Threads();
        var format = CommonOptions.Format();
        var trace = new Option<string?>("--trace") { Description = "Write every task execution of replication 0 to this CSV file (project, task, resource, amount, queued, start, end)." };
        var timeline = new Option<string?>("--timeline")
        {
            Description = "Draw the first 30 projects of replication 0 as a calendar (this SVG file and a PNG beside it): one lane per resource, named with who staffs it (the scenario's staffing), one sub-lane per server, one bar per execution.",
        };
        var plot = new Option<string?>("--plot")
        {
            Description = "Write figures with their CSV data to this folder: the duration histogram of replication 0, and per resource utilisation (beside offered load) and queue with 95% CIs.",
        };
        var figures = FiguresOption.Create();
        var maxInSystem = CommonOptions.Whole("--max-in-system", defaults.MaxProjectsInSystem, "Stop a replication as unstable when more projects than this are in the system at once.");

        var readings = new ModelReadingOptions();
        var command = new Command("simulate",
            "Simulate projects arriving over time, queueing FIFO for shared resources and reworking each other's tasks: " +
            "duration, waiting and rework per project, and per resource utilisation, queue length and wait, with 95% CIs across replications.")
        {
            scenario, policy, sequence, interarrival, arrivals, projects, warmup, reps, seed, threads, format, trace, timeline, maxInSystem, plot, figures,
            maxHalfWidth, trendAlpha,
        };
        foreach (var option in readings.All)
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            var loaded = readings.Apply(parse, context.LoadScenario(parse.GetRequiredValue(scenario)));
            var arrivalKind = parse.GetValue(arrivals) ?? "poisson";
            var warmupText = parse.GetValue(warmup);
            var autoWarmup = warmupText == "auto";
            int? givenWarmup = null;
            if (warmupText is not null && !autoWarmup)
                givenWarmup = int.Parse(warmupText, CultureInfo.InvariantCulture);
            var verdict = new VerdictOptions { MaxRelativeHalfWidth = parse.GetValue(maxHalfWidth), TrendSignificance = parse.GetValue(trendAlpha) };
            if (verdict.Problems() is { Count: > 0 } problems)
                throw new UserErrorException([.. problems.Select(p => $"--{p.Key}: {p.Message}")]);
            var options = new SimulationOptions
            {
                Policy = SequencingPolicyRegistry.Parse(parse.GetValue(policy)) ?? SequencingPolicy.Static,
                Sequence = parse.GetValue(sequence) is { Length: > 0 } given ? given : null,
                Arrivals = ArrivalsOption.Create(arrivalKind, parse.GetValue(interarrival)),
                Projects = parse.GetValue(projects),
                Warmup = givenWarmup,
                Verdict = verdict,
                Replications = parse.GetValue(reps),
                Seed = parse.GetValue(seed),
                MaxDegreeOfParallelism = CommonOptions.ThreadsOf(parse, threads),
                MaxProjectsInSystem = parse.GetValue(maxInSystem),
            };
            if (options.Arrivals.MaxProjects is { } max && parse.GetResult(projects) is null or { Implicit: true })
                options = options with { Projects = max };
            OptionFlags.ThrowIfInvalid(options.Validate(), Flags);

            CheckLimits(loaded, options, parse.GetValue(interarrival));

            var clock = Stopwatch.StartNew();
            var rule = autoWarmup ? "auto (MSER-5)" : givenWarmup is null ? "default (10%)" : "given";
            if (autoWarmup)
            {
                // The same seeds give the same runs, so the second pass sees exactly the series the first one cut.
                var first = new MultiProjectSimulator(loaded).Run(options,
                    ProgressLines.ForReplications(context, options, "simulate (warm-up pass)"), context.Cancellation);
                options = options with { Warmup = (int)Math.Min(first.SteadyState!.MserCutLargest, options.Projects - 1) };
            }
            var plotFolder = parse.GetValue(plot);
            var durations = plotFolder is null ? null : new DurationRecorder();
            var result = Simulate(context with { Progress = ProgressLines.ForReplications(context, options, "simulate") }, loaded, options,
                parse.GetValue(trace), parse.GetValue(timeline), durations);
            if (plotFolder is not null)
            {
                SimulationPlots.Write(plotFolder, loaded.Name, result, durations!.Durations(options.EffectiveWarmup),
                    ResourceLabels.Of([.. loaded.Resources.Select(r => r.Name)], [.. loaded.Resources.Select(r => r.Person)]), FiguresOption.Get(parse, figures));
            }
            if (givenWarmup is null && !autoWarmup && result.SteadyState!.MserCut > options.EffectiveWarmup)
            {
                context.Error.WriteLine($"warning: MSER-5 would discard the first {result.SteadyState.MserCut:N0} projects, more than the default " +
                    $"warm-up of {options.EffectiveWarmup:N0} (10%); --warmup auto uses its cut");
            }
            context.Result?.Invoke(result);
            var report = SimulateReport.From(loaded.Name, arrivalKind, result, clock.Elapsed.TotalSeconds, [.. loaded.Resources.Select(r => r.Person)], rule);
            if (CommonOptions.ToFormat(parse.GetValue(format)) == OutputFormat.Json)
                context.Output.WriteLine(Json.Serialize(report));
            else
                WriteTables(context.Console, report);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The stated limits (<see cref="RunLimits"/>, <see cref="TimeScales"/>), checked before any work starts.</summary>
    private static void CheckLimits(Scenario scenario, SimulationOptions options, double? interarrival)
    {
        var total = RunLimits.Times(options.Projects, options.Replications);
        if (RunLimits.Exceeded("replications", options.Replications, RunLimits.MaxReplications) is { } reps)
            throw new UserErrorException($"--reps: {reps}");
        if (RunLimits.Exceeded($"projects ({options.Projects:N0} x {options.Replications:N0} replications)", total, RunLimits.MaxProjects) is { } projects)
            throw new UserErrorException($"--projects, --reps: {projects}");
        if (interarrival is { } mean && TimeScales.HorizonProblem(scenario, mean, options.Projects) is { } scales)
            throw new UserErrorException($"--interarrival: {scales}");
        // A trace's clock reaches its last arrival time used; 1e15 there rounds the tasks away as --interarrival 1e15 would.
        if (options.Arrivals is TraceArrivals { MaxProjects: { } count } trace)
        {
            var used = Math.Min(count, options.Projects);
            var unused = default(SplitMix64);
            var last = trace.ArrivalTime(used - 1, 0, ref unused);
            if (last > TimeScales.MaxTime)
                throw new UserErrorException($"--arrivals: the last arrival used is at {TimeScales.G(last)} days, more than the longest time DevSim takes ({TimeScales.G(TimeScales.MaxTime)} days)");
            if (TimeScales.HorizonProblem(scenario, last / used, used) is { } traced)
                throw new UserErrorException($"--arrivals: {traced}");
        }
    }

    private static SimulationResult Simulate(CommandContext context, Scenario scenario, SimulationOptions options, string? tracePath, string? timelinePath,
        DurationRecorder? durations)
    {
        var simulator = new MultiProjectSimulator(scenario);
        try
        {
            SimulationResult Run(IExecutionObserver? trace)
            {
                if (durations is not null)
                    trace = new ChainedObserver(durations, trace);
                if (timelinePath is null)
                    return simulator.Run(options with { Observer = trace }, context.Progress, context.Cancellation);
                if (Directory.Exists(timelinePath))
                    throw new EnvironmentErrorException(timelinePath, "cannot write (is a folder, not a file)");
                var recorder = new TimelineRecorder(TimelineProjects, trace);
                var result = simulator.Run(options with { Observer = recorder }, context.Progress, context.Cancellation);
                var figure = TimelineItems.Chart(scenario, recorder.Records, $"{scenario.Name}: the first {TimelineProjects} projects, {options.Policy.Name()} sequencing");
                FigureWriter.Write(Path.GetDirectoryName(Path.GetFullPath(timelinePath))!, Path.GetFileName(timelinePath), figure, FigureFormats.Both);
                return result;
            }
            if (tracePath is null)
                return Run(null);
            SimulationResult? traced = null;
            var names = scenario.Resources.Select(r => r.Name).ToList();
            AtomicFile.Write(tracePath, writer =>
            {
                writer.WriteLine(TraceWriter.Header);
                traced = Run(new TraceWriter(writer, names));
            });
            return traced!;
        }
        catch (ScenarioException e)
        {
            throw UserErrorException.ForOptions(e);
        }
    }

    /// <summary>--warmup of simulate and portfolio: auto, or a whole number of projects from 0 (checked as every whole-number option is).</summary>
    internal static string? WarmupText(System.CommandLine.Parsing.ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
            return null;
        var text = result.Tokens[^1].Value;
        if (text == "auto")
            return text;
        if (Engine.Input.NumberText.TryParseWhole(text, 0, int.MaxValue, out var value, out var problem))
            return value.ToString(CultureInfo.InvariantCulture);
        result.AddError($"--warmup: {problem}");
        return null;
    }

    private static string Label(SimulateReport.ResourceRow x) => x.Person is null ? x.Name : $"{x.Name} ({x.Person})";

    /// <summary>The steady-state diagnostics in one sentence; a test that could not run says so, never a placeholder.</summary>
    internal static string SteadyStateLine(SimulateReport.SteadyStateBlock s)
    {
        var trend = s.Trend.Significant is null
            ? $"no trend test ({s.Trend.Batches} batch means after the warm-up; it needs 3)"
            : $"trend over {s.Trend.Batches} batches {Numbers.F(100 * s.Trend.RelativeDrift, 1)}% (p = {s.Trend.PValue.ToString("G2", CultureInfo.InvariantCulture)})";
        var shift = s.MserCut > s.Warmup ? $", which would move the mean by {s.MserShift.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture)} days" : "";
        var width = double.IsFinite(s.RelativeHalfWidth) ? $"CI half-width {Numbers.F(100 * s.RelativeHalfWidth, 1)}% of the mean" : "no CI (too few projects)";
        return $"MSER-5 cut {s.MserCut:N0} projects (replications averaged; largest single {s.MserCutLargest:N0}; resolution {s.MserResolution}) " +
            $"vs warm-up {s.Warmup:N0}{shift}; {trend}; {width}";
    }

    private static void WriteTables(IAnsiConsole console, SimulateReport r)
    {
        static string Num(double v, int d = 2) => Numbers.F(v, d);
        static string Ci(double[] ci, int d = 2) => Numbers.Ci(ci[0], ci[1], d);

        console.MarkupLine($"[bold]{Markup.Escape(r.Scenario)}[/], {r.Policy} sequencing {Numbers.Ids(r.Sequence)}, " +
            (r.Verdict == "finite" ? $"the {r.Projects:N0} arrivals listed in {Markup.Escape(r.Arrivals)}"
                : $"{Markup.Escape(r.Arrivals)} arrivals every {Num(r.Interarrival)} days on average"));
        var ciText = r.SteadyState.CiMethod == SteadyStateAnalysis.BatchMeansMethod ? "95% CIs from 20 batch means of the one replication" : "95% CIs across replications";
        console.MarkupLine($"[grey]{r.Projects:N0} projects per replication, the first {r.Warmup:N0} discarded as warm-up (rule: {Markup.Escape(r.SteadyState.WarmupRule)}); " +
            $"{r.Reps} replication{(r.Reps == 1 ? "" : "s")}, seed {r.Seed}; {ciText}[/]");
        if (FewReplications.Note(r.Reps, "--reps") is { } few)
            console.MarkupLine($"[yellow]{Markup.Escape(few)}[/]");
        VerdictLines.Write(console, r.Verdict, r.Reasons);
        if (r.Verdict != "finite")
            console.MarkupLine($"[grey]{Markup.Escape(SteadyStateLine(r.SteadyState))}[/]");
        if (r.Unstable is string busiest && r.UnstableLoad is not >= 1)
        {
            // The --max-in-system cap tripped although no resource is measured as saturated (or too few projects
            // finished to measure any): say what stopped the run rather than claim a saturation.
            var load = r.UnstableLoad is { } l && double.IsFinite(l) ? $" (offered load {Num(l)})" : " (too few projects finished to estimate its load)";
            console.MarkupLine("[red bold]STOPPED:[/] [red]more projects were in the system at once than --max-in-system allows; " +
                $"the busiest resource is {Markup.Escape(busiest)}{load}. The figures below describe runs that were stopped, not a steady state: " +
                "raise --max-in-system if the system is stable.[/]");
        }

        // Narrow tables by design (docs/cli: tables fit 80 columns): means, then percentiles, then resources in two parts.
        var summary = new Table().AddColumns("per project", "mean", "95% CI", "sd").NumbersNoWrap();
        summary.AddTextRow("duration", Num(r.Duration.Mean), Ci(r.Duration.Ci95), Num(r.Duration.Sd));
        summary.AddTextRow("waiting", Num(r.Waiting.Mean), Ci(r.Waiting.Ci95), "");
        summary.AddTextRow("rework", Num(r.Rework.Mean), Ci(r.Rework.Ci95), "");
        summary.AddTextRow("projects in system", Num(r.InSystem.Mean), Ci(r.InSystem.Ci95), "");
        console.Write(summary);

        var percentiles = r.Duration.P50Ci95 is { } p50 && r.Duration.P90Ci95 is { } p90 && r.Duration.P99Ci95 is { } p99
            ? new Table().AddColumns("duration", "value", "95% CI").NumbersNoWrap()
                .AddTextRow("p50", Num(r.Duration.P50), Ci(p50)).AddTextRow("p90", Num(r.Duration.P90), Ci(p90)).AddTextRow("p99", Num(r.Duration.P99), Ci(p99))
            : new Table().AddColumns("duration", "value").NumbersNoWrap()
                .AddTextRow("p50", Num(r.Duration.P50)).AddTextRow("p90", Num(r.Duration.P90)).AddTextRow("p99", Num(r.Duration.P99));
        console.Write(percentiles);
        var perReplication = r.Duration.Projects / Math.Max(1, r.Reps);
        console.MarkupLine($"[grey]percentiles of {r.Duration.Projects:N0} projects ({perReplication:N0} per replication) pooled over replications (within 0.5%)" +
            (r.Duration.P50Ci95 is null ? "" : "; their CIs across the replications' own percentiles") +
            (new[] { r.Duration.P50Ci95, r.Duration.P90Ci95, r.Duration.P99Ci95 }.Any(c => c is not null && double.IsNaN(c[0]))
                ? $"; not computed where a replication counts fewer than {PercentileIntervals.ProjectsBeyond} projects beyond the percentile " +
                  $"(with {perReplication:N0} project{(perReplication == 1 ? "" : "s")} a replication's own percentile is one of its few extreme projects, an estimate of another quantity)"
                : "") + "[/]");

        var finite = r.Verdict == "finite";
        var loads = new Table().AddColumns("resource", "capacity", finite ? "offered load" : "offered load [[95% CI]]", "status").NumbersNoWrap();
        foreach (var x in r.Resources)
            loads.AddTextRow(Label(x), x.Capacity.ToString(CultureInfo.InvariantCulture), finite ? "not estimated" : $"{Num(x.OfferedLoad, 3)} {Ci(x.OfferedLoadCi95, 3)}", x.Status);
        console.Write(loads);
        if (finite)
            console.MarkupLine("[grey]offered load: not estimated from a finite arrival list (no arrival rate to extrapolate)[/]");
        var use = new Table().AddColumns("resource", "utilisation", "queue (avg)", "wait per request").NumbersNoWrap();
        foreach (var x in r.Resources)
            use.AddTextRow(Label(x), Num(x.Utilization, 3), Num(x.Queue), Num(x.Wait));
        console.Write(use);
        // The table stays within 80 columns, so its CIs live in the files a planner would chart from anyway.
        console.MarkupLine($"[grey]{ResourceMeansNote}; queue: time-average number waiting; wait per request in days[/]");
        if (Numbers.AnyMissing([r.Duration.Sd, r.InSystem.Mean, .. r.Resources.SelectMany(x => new[] { x.Utilization, x.Queue, x.Wait })]))
        {
            console.MarkupLine($"[grey]{Numbers.NotComputed}: too few projects after the warm-up ({r.Duration.Projects:N0} counted over {r.Reps} " +
                $"replication{(r.Reps == 1 ? "" : "s")}) to measure it; give more --projects or a shorter --warmup[/]");
        }
        console.MarkupLine($"[grey]{r.Events:N0} events in {r.ElapsedSeconds:F2} s[/]");
    }
}
