using System.CommandLine;
using System.Diagnostics;
using DevSim.Engine.Experiments;
using DevSim.Engine.Scenarios;
using DevSim.Runner.Cli;
using DevSim.Runner.Output;
using DevSim.Runner.Sweep;
using Spectre.Console;

namespace DevSim.Runner.Commands;

/// <summary>
/// <c>devsim sweep</c>: runs an experiment file's cells (grid point × replication), or one shard of
/// them, into an output folder, skipping cells already there.
/// </summary>
internal static class SweepCommand
{
    public static Command Create(CommandContext context)
    {
        var experiment = new Argument<string>("experiment") { Description = "The experiment file (YAML or JSON): scenarios, sequences, policies, interarrival grid, projects, replications, seed." };
        var output = new Option<string>("--out") { Description = "Folder for plan.json and cells/ (created if missing). Shards of one sweep may share it.", Required = true };
        var shard = new Option<string?>("--shard") { Description = "k/n: run only the cells whose index modulo n is k (0 <= k < n), for a job array.", HelpName = "k/n" };
        var threads = CommonOptions.Threads();
        var command = new Command("sweep",
            "Run an experiment's cells (one grid point x one replication each) into a folder, each cell written atomically. " +
            "Cells already there are skipped, so a killed run resumes where it stopped; any sharding gives the same numbers. " +
            "Combine the results with devsim merge.")
        {
            experiment, output, shard, threads,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetRequiredValue(experiment);
            var folder = new SweepFolder(parse.GetRequiredValue(output));
            var part = parse.GetValue(shard) is { } text ? ShardSpec.Parse(text) : ShardSpec.All;
            var maxThreads = CommonOptions.ThreadsOf(parse, threads);
            var loaded = ExperimentFile.Load(file);
            var plan = Plan(context.Console, loaded, folder, maxThreads);

            var present = folder.PresentCells();
            var mine = plan.Shard(part.Index, part.Count).ToList();
            var todo = mine.Where(c => !present.Contains(c)).ToList();
            context.Console.MarkupLine(Markup.Escape(
                $"{loaded.Name}: {plan.Points.Count:N0} grid points x {loaded.Replications} replications = {plan.CellCount:N0} cells; " +
                $"shard {part} holds {mine.Count:N0}, {mine.Count - todo.Count:N0} already in {folder.Path}, {todo.Count:N0} to run"));

            var clock = Stopwatch.StartNew();
            CellProgressDisplay.Run(context.Console, todo.Count, cellDone =>
                plan.RunCells(todo, result =>
                {
                    folder.WriteCell(new SweepCellFile(plan.Fingerprint, result));
                    cellDone();
                }, maxThreads));
            context.Console.MarkupLine(Markup.Escape($"{todo.Count:N0} cells in {clock.Elapsed.TotalSeconds:F1} s; " +
                $"merge with: devsim merge {folder.Path} --out {System.IO.Path.Combine(folder.Path, "results.csv")}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static UserErrorException AnotherExperiment(SweepFolder folder, SweepPlanFile existing, string fingerprint) =>
        new($"--out: {folder.Path} holds another experiment ('{existing.Experiment}', fingerprint " +
            $"{existing.Fingerprint}; this one is {fingerprint}): use a new folder, or delete that one");

    /// <summary>
    /// Lays out the experiment. A folder already holding a plan must hold this experiment's, and its
    /// searches are reused; a fresh folder gets the plan (every shard writes the same one).
    /// </summary>
    private static ExperimentPlan Plan(IAnsiConsole console, Experiment experiment, SweepFolder folder, int threads)
    {
        try
        {
            ExperimentPlan.CheckLimits(experiment);
        }
        catch (ExperimentException e)
        {
            throw new UserErrorException([.. e.Lines]);
        }
        IReadOnlyList<FoundSequence>? known = null;
        if (folder.HasPlan)
        {
            var existing = folder.ReadPlan();
            var fingerprint = experiment.Fingerprint();
            if (existing.Fingerprint != fingerprint)
                throw AnotherExperiment(folder, existing, fingerprint);
            known = existing.Found;
        }
        ExperimentPlan plan;
        try
        {
            plan = ExperimentPlan.Create(experiment, known, (scenario, source) =>
                console.MarkupLine(Markup.Escape($"searching for the {source.ToString().ToLowerInvariant()} sequence of {scenario} (genetic algorithm)")),
                threads);
        }
        catch (ExperimentException e)
        {
            throw new UserErrorException([.. e.Lines]);
        }
        catch (ScenarioException e)
        {
            throw new UserErrorException($"{folder.PlanPath}: a stored sequence does not fit the scenario: {e.Message}");
        }
        // Claimed only now, after any search: a folder holds a plan only when cells may follow.
        var claimed = folder.Claim(SweepPlanFile.From(plan));
        if (claimed.Fingerprint != plan.Fingerprint)
            throw AnotherExperiment(folder, claimed, plan.Fingerprint);
        folder.RemoveStaleFiles();
        return plan;
    }
}
