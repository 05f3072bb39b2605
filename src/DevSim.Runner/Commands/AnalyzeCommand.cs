using DevSim.Engine;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using DevSim.Engine.Analysis;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Runner.Cli;
using DevSim.Runner.Output;
using DevSim.Runner.Plots;
using Spectre.Console;

namespace DevSim.Runner.Commands;

/// <summary><c>devsim analyze</c>: demand per resource, offered load, stability limits per policy, and where the rework comes from.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(CommandContext context)
    {
        var scenario = CommonOptions.Scenario();
        var sequence = CommonOptions.Sequence("Task ids in order, comma-separated (default: the scenario's sequence).");
        var interarrival = CommonOptions.OptionalNumber("--interarrival", "Report each resource's offered load at this mean interarrival time, in days.", 0, minimumExcluded: true);
        // --policy as on simulate and sensitivity (one name per idea); --policies, its first name, stays an alias.
        var policies = CommonOptions.Policies("--policy",
            "The policies whose stability limits are found, comma-separated (static is exact; dynamic and rework-aware are bracketed by bisection) " +
            "[default: static,dynamic,rework-aware]. Also accepted as --policies.", "--policies");
        var reps = CommonOptions.Whole("--reps", 100_000, "Single-project replications behind the demands and the duration.", minimum: 2);
        var runs = new SimulationRunOptions("Bisection: ", "each simulation is judged by its verdict");
        var tolerance = CommonOptions.Number("--tolerance", 0.01, "Bisection: stop when the bracket is narrower than this share of its upper end.", 0, 0.5, minimumExcluded: true);
        var top = CommonOptions.Whole("--top", 5, "The couplings contributing most to the first-order rework bound.", minimum: 0);
        var output = new Option<string?>("--out")
        {
            Description = "Write analysis.json, resources.csv, limits.csv, couplings.csv and the figures resource-limits (and offered-load with --interarrival) into this folder.",
        };
        var figures = FiguresOption.Create();
        var seed = CommonOptions.Seed();
        var threads = CommonOptions.Threads();
        var format = CommonOptions.Format();
        var command = new Command("analyze",
            "A planner's view of a process: per resource the expected work per project (95% CI) and the offered load at --interarrival, " +
            "the stability limit per policy (the smallest mean interarrival that keeps every resource below saturation), the single-project " +
            "duration, the first-order rework bound and the couplings contributing most to it.")
        {
            scenario, sequence, interarrival, policies, reps, runs.Projects, runs.Warmup, runs.Replications, runs.MaxInSystem, tolerance, top, output, figures, seed, threads, format,
        };
        command.SetAction(parse =>
        {
            var loaded = context.LoadScenario(parse.GetRequiredValue(scenario));
            var simulation = runs.Of(parse, parse.GetValue(seed));
            if (simulation.Warmup is { } w && (w < 0 || w >= simulation.Projects))
                throw new UserErrorException($"--warmup: {w} must be from 0 to {simulation.Projects - 1} (fewer than --projects)");
            var options = new ProcessAnalysisOptions
            {
                Sequence = parse.GetValue(sequence) is { Length: > 0 } given ? given : null,
                Replications = parse.GetValue(reps),
                Seed = parse.GetValue(seed),
                MaxDegreeOfParallelism = CommonOptions.ThreadsOf(parse, threads),
                Interarrival = parse.GetValue(interarrival),
                Policies = CommonOptions.PoliciesOf(parse, policies),
                Simulation = simulation,
                Tolerance = parse.GetValue(tolerance),
                TopCouplings = parse.GetValue(top),
            };
            CheckLimits(loaded, options);
            var clock = Stopwatch.StartNew();
            ProcessAnalysisResult result;
            try
            {
                // The workbench shows its own progress; the command line writes a line per simulation on standard error.
                result = ProcessAnalysis.Analyse(loaded, options, context.Progress is null ? new LimitSearchLines(context.Error) : null, context.Cancellation);
            }
            catch (ScenarioException e)
            {
                throw UserErrorException.ForOptions(e);
            }
            catch (StabilityNotFoundException e)
            {
                throw NoStableRate(e);
            }
            var folder = parse.GetValue(output);
            var files = folder is null ? [] : AnalyzeFiles.Names.Select(f => Path.Combine(folder, f)).ToList();
            var report = AnalyzeReport.From(loaded, result, options, files, clock.Elapsed.TotalSeconds);
            if (folder is not null)
                report = AnalyzeFiles.Write(folder, report, FiguresOption.Get(parse, figures));
            if (CommonOptions.ToFormat(parse.GetValue(format)) == OutputFormat.Json)
                context.Output.WriteLine(Json.Serialize(report));
            else
                WriteTables(context.Console, report);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The stated limits (<see cref="RunLimits"/>, <see cref="TimeScales"/>) of each bisection simulation, checked before any work starts.</summary>
    private static void CheckLimits(Scenario scenario, ProcessAnalysisOptions options)
    {
        SimulationRunOptions.CheckLimits(options.Simulation);
        if (options.Interarrival is { } mean && TimeScales.HorizonProblem(scenario, mean, options.Simulation.Projects) is { } scales)
            throw new UserErrorException($"--interarrival: {scales}");
    }

    /// <summary>A bisection that found no stable interarrival time: the settings' doing (exit 2), named by the option to change.</summary>
    internal static UserErrorException NoStableRate(StabilityNotFoundException e)
    {
        var at = e.Interarrival.ToString("N1", CultureInfo.InvariantCulture);
        return new UserErrorException(e.StoppedAtProjectLimit
            ? $"--max-in-system: {e.MaxProjectsInSystem:N0} is too low: every replication of {e.Policy.Name()}'s bisection stopped on passing it (projects in the system) " +
              $"at every interarrival time up to {at} days, so no stable rate was found; raise it (default {SimulationOptions.DefaultMaxProjectsInSystem:N0})"
            : $"--policy: {e.Policy.Name()} stays overloaded at every interarrival time up to {at} days, so no stable rate was found: under this policy the " +
              "process's rework may grow without end, or the simulations are too short to settle (--projects, --sim-reps)");
    }

    private static string Share(double share) => share >= 0.001 ? share.ToString("P1", CultureInfo.InvariantCulture) : share.ToString("G3", CultureInfo.InvariantCulture);

    private static void WriteTables(IAnsiConsole console, AnalyzeReport r)
    {
        static string F(double v, int d = 2) => Numbers.F(v, d);
        static string Ci(double[] ci, int d = 2) => Numbers.Ci(ci[0], ci[1], d);
        console.MarkupLine($"[bold]{Markup.Escape(r.Scenario)}[/], sequence {Numbers.Ids(r.Sequence)}");
        console.MarkupLine(Markup.Escape($"single-project duration {F(r.Duration.Mean)} days {Ci(r.Duration.Ci95)}, sd {F(r.Duration.Sd)} " +
            $"({r.Reps:N0} replications, seed {r.Seed})"));

        // Narrow tables by design (docs/cli.md: tables fit 80 columns): the work, then the limits and loads, then the system's limits.
        var work = new Table().AddColumns("resource", "capacity", "work per project", "95% CI").NumbersNoWrap();
        foreach (var x in r.Resources)
            work.AddTextRow(x.Name, x.Capacity.ToString(CultureInfo.InvariantCulture), F(x.Work, 3), Ci(x.WorkCi95, 3));
        console.Write(work);
        var limitsAndLoads = r.Interarrival is { } ia
            ? new Table().AddColumns("resource", "first pass", "static limit", $"load at {F(ia)}", "95% CI").NumbersNoWrap()
            : new Table().AddColumns("resource", "first pass", "static limit").NumbersNoWrap();
        foreach (var x in r.Resources)
        {
            if (r.Interarrival is null)
                limitsAndLoads.AddTextRow(x.Name, F(x.FirstExecutionWork), F(x.StaticLimit, 3));
            else
                limitsAndLoads.AddTextRow(x.Name, F(x.FirstExecutionWork), F(x.StaticLimit, 3), F(x.OfferedLoad ?? double.NaN, 3), Ci(x.OfferedLoadCi95 ?? [double.NaN, double.NaN], 3));
        }
        console.Write(limitsAndLoads);
        console.MarkupLine("[grey]first pass: the work of first executions alone; static limit: work per project / capacity, the interarrival below which " +
            "static sequencing overloads the resource" + (r.Interarrival is null ? "; the offered load needs --interarrival" : "") + "[/]");

        var limits = new Table().AddColumns("policy", "limit (days)", "per year", "found by", "saturates first");
        foreach (var column in limits.Columns.Skip(1).Take(3))
        {
            column.RightAligned();
            column.NoWrap();
        }
        foreach (var l in r.Limits)
        {
            limits.AddTextRow(l.Policy, l.Exact ? F(l.Lower, 3) : $"{F(l.Lower, 3)} to {F(l.Upper, 3)}", F(l.ProjectsPerYear, 1),
                l.Exact ? "exact" : $"{l.Simulations} simulations", l.Resource);
        }
        console.Write(limits);
        console.MarkupLine("[grey]limit: the mean interarrival time (days) below which the system is overloaded; per year: projects a year at that limit" +
            (r.Limits.Any(l => l.Exact) ? "; exact: from the single-project demand, no simulation" : "") +
            (r.Limits.Any(l => !l.Exact)
                ? "; a bisection's limit lies between an overloaded interarrival and one that is not (" +
                  string.Join(", ", r.Limits.Where(l => !l.Exact).Select(l => $"{l.Policy}: {l.UpperVerdict} at {F(l.Upper, 3)}")) + ")"
                : "") + "[/]");
        if (r.Limits.Any(l => !l.Exact))
            console.MarkupLine(Markup.Escape($"bisection: {r.Bisection.Reps} replications of {r.Bisection.Projects:N0} projects (warm-up {r.Bisection.Warmup:N0}) per simulation, " +
                $"each judged by its verdict (overloaded: a resource's load CI above 1 or a replication stopped); stops at {Share(r.Bisection.ToleranceUsed)} of the upper end" +
                (r.Bisection.ToleranceUsed > r.Bisection.Tolerance
                    ? $" (--tolerance {r.Bisection.Tolerance.ToString("G3", CultureInfo.InvariantCulture)} is finer than a bisection resolves; {BoundedBisection.ToleranceFloor.ToString("G", CultureInfo.InvariantCulture)} is the floor)"
                    : "")));

        console.MarkupLine(Markup.Escape($"first-order rework bound {F(r.Rework.FirstOrderBound, 3)} days per project; the couplings contributing most:"));
        var couplings = new Table().AddColumns("reworked <- causing", "RP x RI x d", "share").NumbersNoWrap();
        foreach (var c in r.Rework.TopCouplings)
            couplings.AddTextRow($"{c.ReworkedId} {c.Reworked} <- {c.CausingId} {c.Causing}", F(c.Term, 3), c.Share.ToString("P1", CultureInfo.InvariantCulture));
        console.Write(couplings);
        foreach (var file in r.Files)
            console.MarkupLine($"[grey]wrote {Markup.Escape(file)}[/]");
        console.MarkupLine($"[grey]{r.ElapsedSeconds:F2} s[/]");
    }
}
