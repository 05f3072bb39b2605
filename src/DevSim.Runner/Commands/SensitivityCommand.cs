using DevSim.Engine;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using DevSim.Engine.Analysis;
using DevSim.Engine.Input;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Runner.Cli;
using DevSim.Runner.Output;
using DevSim.Runner.Plots;
using Spectre.Console;

namespace DevSim.Runner.Commands;

/// <summary><c>devsim sensitivity</c>: which rework coupling to break first.</summary>
internal static class SensitivityCommand
{
    /// <summary>Single-project pairs per change: the durations of both runs are held (16 bytes a pair), so 50 million take 800 MB.</summary>
    private const long MaxPairs = 50_000_000;

    public static Command Create(CommandContext context)
    {
        var scenario = CommonOptions.Scenario();
        var sequence = CommonOptions.Sequence("Task ids in order, comma-separated (default: the scenario's sequence).");
        var reduce = new Option<double>("--reduce")
        {
            Description = "The share by which a coupling's RP, then its RI, is reduced: a number in (0, 1] or a percentage such as 10%.",
            DefaultValueFactory = _ => 0.1,
            CustomParser = ParseShare,
        };
        var reps = CommonOptions.OptionalWhole("--reps", "Pairs per change: single-project replications [default: 100000], or multi-project replications [default: 10].", minimum: 2);
        var interarrival = CommonOptions.OptionalNumber("--interarrival", "Analyse under multi-project load: Poisson arrivals with this mean interarrival time, in days.", 0, minimumExcluded: true);
        var policy = new Option<string>("--policy")
        {
            Description = "With --interarrival: the sequencing policy (static, dynamic, rework-aware).",
            DefaultValueFactory = _ => "static",
        };
        policy.Validators.Add(r => CommonOptions.OneOf(r, [.. SequencingPolicyRegistry.All]));
        var defaults = new SimulationOptions();
        var projects = CommonOptions.Whole("--projects", defaults.Projects, "With --interarrival: projects per replication.");
        var warmup = CommonOptions.OptionalWhole("--warmup", "With --interarrival: the first projects left out of the statistics [default: 10% of --projects].", minimum: 0);
        var maxInSystem = CommonOptions.Whole("--max-in-system", defaults.MaxProjectsInSystem, "With --interarrival: stop a replication as unstable past this many projects in the system.");
        var top = CommonOptions.Whole("--top", 15, "Rows of the ranked table (JSON and CSV hold every coupling).");
        var output = new Option<string?>("--out")
        {
            Description = "Write sensitivity.json, sensitivity.csv, matrix.csv (the removal effects as a task x task matrix) and its heatmap matrix.svg/.png into this folder.",
        };
        var figures = FiguresOption.Create();
        var seed = CommonOptions.Seed();
        var threads = CommonOptions.Threads();
        var format = CommonOptions.Format();
        var command = new Command("sensitivity",
            "Which rework coupling to break first: for every cell with RP > 0 and RI > 0, the change in mean duration when its RP or its RI " +
            "is reduced by --reduce and when it is removed, with paired 95% CIs (common random numbers); single-project, or under load with --interarrival.")
        {
            scenario, sequence, reduce, reps, interarrival, policy, projects, warmup, maxInSystem, top, output, figures, seed, threads, format,
        };
        command.SetAction(parse =>
        {
            var loaded = context.LoadScenario(parse.GetRequiredValue(scenario));
            var ids = parse.GetValue(sequence) is { Length: > 0 } given ? given : null;
            var multi = parse.GetValue(interarrival) is { } mean;
            if (!multi && new Option[] { policy, projects, warmup, maxInSystem }.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is { } alone)
                throw new UserErrorException($"{alone.Name}: applies only under multi-project load (give --interarrival too)");
            var replications = parse.GetValue(reps) ?? (multi ? 10 : 100_000);
            var options = new SensitivityOptions
            {
                Reduction = parse.GetValue(reduce),
                Sequence = ids,
                Replications = replications,
                Seed = parse.GetValue(seed),
                MaxDegreeOfParallelism = CommonOptions.ThreadsOf(parse, threads),
                Simulation = multi ? Simulation(parse, interarrival, policy, projects, warmup, maxInSystem, seed, ids, replications) : null,
            };
            CheckLimits(loaded, options);
            var clock = Stopwatch.StartNew();
            SensitivityResult result;
            try
            {
                result = Analyse(context, loaded, options);
            }
            catch (ScenarioException e)
            {
                throw UserErrorException.ForOptions(e);
            }
            var folder = parse.GetValue(output);
            var files = folder is null ? [] : SensitivityFiles.Names.Select(f => Path.Combine(folder, f)).ToList();
            var report = SensitivityReport.From(loaded, result, parse.GetValue(seed), files, clock.Elapsed.TotalSeconds);
            if (folder is not null)
                report = SensitivityFiles.Write(folder, loaded, report, FiguresOption.Get(parse, figures));
            if (CommonOptions.ToFormat(parse.GetValue(format)) == OutputFormat.Json)
                context.Output.WriteLine(Json.Serialize(report));
            else
                WriteTable(context.Console, report, parse.GetValue(top));
            return ExitCodes.Success;
        });
        return command;
    }

    private static SimulationOptions Simulation(ParseResult parse, Option<double?> interarrival, Option<string> policy, Option<int> projects,
        Option<int?> warmup, Option<int> maxInSystem, Option<ulong> seed, int[]? ids, int replications)
    {
        var options = new SimulationOptions
        {
            Policy = SequencingPolicyRegistry.Parse(parse.GetValue(policy)) ?? SequencingPolicy.Static,
            Arrivals = ArrivalsOption.Create("poisson", parse.GetValue(interarrival)),
            Sequence = ids,
            Projects = parse.GetValue(projects),
            Warmup = parse.GetValue(warmup),
            Replications = replications,
            Seed = parse.GetValue(seed),
            MaxProjectsInSystem = parse.GetValue(maxInSystem),
        };
        if (options.Warmup is { } w && (w < 0 || w >= options.Projects))
            throw new UserErrorException($"--warmup: {w} must be from 0 to {options.Projects - 1} (fewer than --projects)");
        return options;
    }

    /// <summary>
    /// The analysis with progress: under load (1 + 3 × couplings simulations) a bar on a terminal and a line now and then
    /// on standard error elsewhere; alone it takes about a second, shown without one.
    /// </summary>
    private static SensitivityResult Analyse(CommandContext context, Scenario scenario, SensitivityOptions options)
    {
        var runs = 1 + 3 * CouplingSensitivity.Couplings(scenario).Count;
        // A host (the workbench) hears the share of runs done; a user who leaves cancels the analysis.
        var hostProgress = context.Progress is { } host ? new SynchronousProgress(done => host.Report(done / (double)runs)) : null;
        if (options.Simulation is null)
            return CouplingSensitivity.Analyse(scenario, options, hostProgress, context.Cancellation);
        SensitivityResult? result = null;
        CellProgressDisplay.Run(context.Console, runs, runDone =>
        {
            var seen = 0;
            var progress = new Action<int>(done =>
            {
                // Told the runs done so far, from any thread: one tick per run not yet counted.
                while (true)
                {
                    var before = Volatile.Read(ref seen);
                    if (done <= before)
                        return;
                    if (Interlocked.CompareExchange(ref seen, done, before) == before)
                    {
                        hostProgress?.Report(done);
                        for (var i = before; i < done; i++)
                            runDone();
                        return;
                    }
                }
            });
            result = CouplingSensitivity.Analyse(scenario, options, new SynchronousProgress(progress), context.Cancellation);
        }, "sensitivity", "runs", context.Error);
        return result!;
    }

    /// <summary>Reports on the reporting thread (Progress&lt;T&gt; would post to the thread pool and arrive after the work).</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    /// <summary>The stated limits (<see cref="RunLimits"/>, <see cref="TimeScales"/>), checked before any work starts.</summary>
    private static void CheckLimits(Scenario scenario, SensitivityOptions options)
    {
        if (options.Simulation is not { } simulation)
        {
            if (RunLimits.Exceeded("pairs per change", options.Replications, MaxPairs) is { } pairs)
                throw new UserErrorException($"--reps: {pairs} (both runs' durations are held in memory)");
            return;
        }
        var runs = 1 + 3L * CouplingSensitivity.Couplings(scenario).Count;
        var total = RunLimits.Times(RunLimits.Times(runs, simulation.Projects), simulation.Replications);
        if (RunLimits.Exceeded("replications", simulation.Replications, RunLimits.MaxReplications) is { } reps)
            throw new UserErrorException($"--reps: {reps}");
        if (RunLimits.Exceeded($"projects ({runs:N0} runs x {simulation.Projects:N0} projects x {simulation.Replications:N0} replications)", total, RunLimits.MaxProjects) is { } projects)
            throw new UserErrorException($"--projects, --reps: {projects}");
        if (TimeScales.HorizonProblem(scenario, simulation.Arrivals.MeanInterarrival, simulation.Projects) is { } scales)
            throw new UserErrorException($"--interarrival: {scales}");
    }

    /// <summary>A share: 0.1, or 10% (the number read by <see cref="NumberText"/>, so its messages match every other option's).</summary>
    private static double ParseShare(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value.Trim();
        var percent = text.EndsWith('%');
        var (maximum, scale) = percent ? (100.0, 100.0) : (1.0, 1.0);
        if (NumberText.TryParseNumber(percent ? text[..^1] : text, 0, maximum, minimumExcluded: true, out var value, out var problem))
            return value / scale;
        result.AddError($"--reduce: {problem}{(percent ? ", as a percentage" : "")}; give a share such as 0.1 or a percentage such as 10%");
        return 0;
    }

    private static void WriteTable(IAnsiConsole console, SensitivityReport r, int top)
    {
        static string Ci(SensitivityReport.Estimate e) => Numbers.Ci(e.Ci95[0], e.Ci95[1]);
        var load = r.Mode == "single-project"
            ? "one project alone"
            : $"{r.Policy} sequencing, Poisson arrivals every {Numbers.F(r.Interarrival ?? double.NaN, 2)} days, {r.Projects:N0} projects per replication (warm-up {r.Warmup:N0})";
        console.MarkupLine($"[bold]{Markup.Escape(r.Scenario)}[/], sequence {Numbers.Ids(r.Sequence)}, {Markup.Escape(load)}");
        console.MarkupLine("[grey]" + Markup.Escape($"mean duration {Numbers.F(r.Baseline.Mean)} [{Numbers.F(r.Baseline.Ci95[0])}, {Numbers.F(r.Baseline.Ci95[1])}]; " +
            $"effects are changed minus original in days, paired over {r.Reps:N0} {(r.Mode == "single-project" ? "projects" : "replications")} (seed {r.Seed}), with 95% CIs") + "[/]");
        if (r.Mode != "single-project" && FewReplications.Note((int)r.Reps, "--reps") is { } few)
            console.MarkupLine($"[yellow]{Markup.Escape(few)}[/]");
        // The full verdict, as simulate prints it: which resource, its load with CI; "overloaded" alone left the planner to guess.
        if (r.Verdict is { } verdict)
            VerdictLines.Write(console, verdict, r.Reasons);
        if (r.BaselineOverloaded)
            console.MarkupLine("[red]the original process is overloaded at this load: its effects describe runs that never settled; try a longer --interarrival[/]");

        // Narrow tables by design (docs/cli.md: tables fit 80 columns): the couplings, then each one's three effects on rows of their own.
        var share = (r.Reduction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
        var couplings = new Table().AddColumns("rank", "coupling (reworked <- causing)", "probability", "impact", "1st-order").NumbersNoWrap(textColumns: 2);
        var effects = new Table().AddColumns("rank", "change", "effect (days)", "95% CI").NumbersNoWrap(textColumns: 2);
        foreach (var c in r.Couplings.Take(top))
        {
            var rank = c.Rank.ToString(CultureInfo.InvariantCulture);
            var name = $"{c.Reworked.Id} {c.Reworked.Name} <- {c.Causing.Id} {c.Causing.Name}{(c.Overloaded ? " (overloaded)" : "")}";
            couplings.AddTextRow(rank, name, Numbers.F(c.Probability, 2), Numbers.F(c.Impact, 2), Numbers.F(c.FirstOrderRework));
            effects.AddTextRow(rank, $"probability -{share}", Numbers.F(c.ProbabilityReduced.Mean, 3), Ci(c.ProbabilityReduced));
            effects.AddTextRow("", $"impact -{share}", Numbers.F(c.ImpactReduced.Mean, 3), Ci(c.ImpactReduced));
            effects.AddTextRow("", "removed", Numbers.F(c.Removed.Mean, 3), Ci(c.Removed));
        }
        console.Write(couplings);
        console.Write(effects);
        if (r.Couplings.Count > top)
            console.MarkupLine($"[grey]{r.Couplings.Count - top} more couplings in the JSON and CSV (--top to show more)[/]");
        foreach (var file in r.Files)
            console.MarkupLine($"[grey]wrote {Markup.Escape(file)}[/]");
        console.MarkupLine($"[grey]{r.ElapsedSeconds:F2} s[/]");
    }
}
