using System.CommandLine;
using System.Diagnostics;
using DevSim.Engine.Evaluation;
using DevSim.Engine.Scenarios;
using DevSim.Runner.Cli;
using DevSim.Runner.Output;
using Spectre.Console;

namespace DevSim.Runner.Commands;

/// <summary><c>devsim evaluate</c>: the single-project expected duration of one sequence.</summary>
internal static class EvaluateCommand
{
    /// <summary>Single projects from which an evaluation tells its progress on standard error: a few seconds' work on two cores.</summary>
    internal const int LargeRun = 2_000_000;

    /// <summary>The flag of each <see cref="EvaluationOptions"/> property, for its problems.</summary>
    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        [nameof(EvaluationOptions.Replications)] = "--reps",
        [nameof(EvaluationOptions.MaxDegreeOfParallelism)] = "--threads",
    };

    public static Command Create(CommandContext context)
    {
        var scenario = CommonOptions.Scenario();
        var sequence = CommonOptions.Sequence("Task ids in order, comma-separated (default: the scenario's sequence).");
        var defaults = new EvaluationOptions();
        var reps = CommonOptions.Whole("--reps", defaults.Replications, "Monte Carlo replications (independent projects).", minimum: EvaluationOptions.MinReplications);
        var seed = CommonOptions.Seed();
        var threads = CommonOptions.Threads();
        var format = CommonOptions.Format();
        var readings = new ModelReadingOptions();
        var command = new Command("evaluate",
            "Estimate the duration of one project that runs alone and follows a sequence: mean, sd, " +
            "standard error, 95% CI, and per task the expected executions and rework time (with its 95% CI).")
        {
            scenario, sequence, reps, seed, threads, format,
        };
        foreach (var option in readings.All)
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            var loaded = readings.Apply(parse, context.LoadScenario(parse.GetRequiredValue(scenario)));
            var ids = parse.GetValue(sequence) is { Length: > 0 } given ? given : [.. loaded.DefaultSequence];
            var options = new EvaluationOptions
            {
                Replications = parse.GetValue(reps),
                Seed = parse.GetValue(seed),
                MaxDegreeOfParallelism = CommonOptions.ThreadsOf(parse, threads),
            };
            OptionFlags.ThrowIfInvalid(options.Validate(), Flags);
            var clock = Stopwatch.StartNew();
            EvaluationResult result;
            try
            {
                var progress = ProgressLines.For(context, options.Replications >= LargeRun, "evaluate",
                    share => $"{share * options.Replications:N0} of {options.Replications:N0} projects");
                result = new SingleProjectEvaluator(loaded).Evaluate(ids, options, progress, context.Cancellation);
            }
            catch (ScenarioException e)
            {
                throw UserErrorException.ForOptions(e);
            }
            var report = EvaluateReport.From(loaded.Name, result, clock.Elapsed.TotalSeconds);
            if (CommonOptions.ToFormat(parse.GetValue(format)) == OutputFormat.Json)
                context.Output.WriteLine(Json.Serialize(report));
            else
                WriteTable(context.Console, report);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(IAnsiConsole console, EvaluateReport r)
    {
        console.MarkupLine($"[bold]{Markup.Escape(r.Scenario)}[/], sequence {Numbers.Ids(r.Sequence)}, single project");
        var summary = new Table().AddColumns("measure", "value").NumbersNoWrap();
        summary.AddTextRow("mean duration (days)", Numbers.F(r.Mean));
        summary.AddTextRow("95% CI", $"[{Numbers.F(r.Ci95[0])}, {Numbers.F(r.Ci95[1])}]");
        summary.AddTextRow("standard deviation", Numbers.F(r.Sd));
        summary.AddTextRow("standard error", Numbers.F(r.Se, 4));
        summary.AddTextRow("replications", r.Reps.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        summary.AddTextRow("seed", r.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(summary);

        var tasks = new Table().AddColumns("id", "task", "executions", "rework time (days)", "95% CI").NumbersNoWrap(textColumns: 2);
        foreach (var t in r.Tasks)
        {
            tasks.AddTextRow(t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Name, Numbers.F(t.Executions), Numbers.F(t.ReworkTime),
                Numbers.Ci(t.ReworkTimeCi95[0], t.ReworkTimeCi95[1]));
        }
        console.Write(tasks);
        console.MarkupLine("[grey]95% CIs: Student t over the replications, each one project run alone.[/]");
        if (FewReplications.Note((int)r.Reps, "--reps") is { } few)
            console.MarkupLine($"[yellow]{Markup.Escape(few)}[/]");
        console.MarkupLine($"[grey]{r.ElapsedSeconds:F2} s[/]");
    }
}
