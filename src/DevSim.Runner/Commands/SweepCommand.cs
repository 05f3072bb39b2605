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
        var experiment = new Argument<string>("experiment") { Description = "The experiment file (YAML or JSON): scenarios, sequences, policies, interarrival grid, projects, replications, seed; or portfolios with discipline, wip-cap and load-factor axes." };
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
            var (plan, planFile) = Plan(context.Console, loaded, folder, maxThreads);

            var present = folder.PresentCells();
            var mine = plan.Shard(part.Index, part.Count).ToList();
            var todo = mine.Where(c => !present.Contains(planFile.CellName(c))).ToList();
            context.Console.MarkupLine(Markup.Escape(
                $"{loaded.Name}: {plan.Points.Count:N0} grid points x {loaded.Replications} replications = {plan.CellCount:N0} cells; " +
                $"shard {part} holds {mine.Count:N0}, {mine.Count - todo.Count:N0} already in {folder.Path}, {todo.Count:N0} to run"));

            var clock = Stopwatch.StartNew();
            CellProgressDisplay.Run(context.Console, todo.Count, cellDone =>
                plan.RunCells(todo, result =>
                {
                    folder.WriteCell(new SweepCellFile(planFile.CellFingerprint, planFile.PointOf(result.Cell).Key(), result), planFile.CellName(result.Cell));
                    cellDone();
                }, maxThreads));
            // A shard's folder alone merges as incomplete (exit 3) unless every shard wrote into it: say so.
            var others = part.Count > 1 ? $" (once all {part.Count} shards are done; add the other shards' folders if they wrote elsewhere)" : "";
            context.Console.MarkupLine(Markup.Escape($"{todo.Count:N0} cells in {clock.Elapsed.TotalSeconds:F1} s; " +
                $"merge with: devsim merge {folder.Path} --out {System.IO.Path.Combine(folder.Path, "results.csv")}{others}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static UserErrorException AnotherExperiment(SweepFolder folder, SweepPlanFile existing, string fingerprint, IReadOnlyList<string> changes) =>
        new($"--out: {folder.Path} holds another experiment ('{existing.Experiment}', fingerprint {existing.Fingerprint}; this one is {fingerprint}) " +
            $"whose cells would have other numbers ({string.Join("; ", changes)}): use a new folder, or delete that one");

    private static UserErrorException AnotherGrid(SweepFolder folder, SweepPlanFile existing, string fingerprint) =>
        new($"--out: {folder.Path} holds experiment '{existing.Experiment}' (fingerprint {existing.Fingerprint}; this one is {fingerprint}) " +
            "with the same cell settings but a grid that neither contains this one's nor is contained in it: use a new folder, " +
            "or list every grid point of both in one experiment");

    /// <summary>
    /// Lays out the experiment. A fresh folder gets the plan (every shard writes the same one). A folder holding a plan of
    /// the same cell settings (seed, process, projects, warm-up, search) keeps its cells, which are named by grid point and
    /// replication: when this experiment contains that plan (more replications or grid points) the plan grows to it; when it is
    /// part of that plan the plan stays. Other cell settings are refused, naming what changed; the stored searches are reused.
    /// </summary>
    private static (ExperimentPlan Plan, SweepPlanFile File) Plan(IAnsiConsole console, Experiment experiment, SweepFolder folder, int threads)
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
            var changes = SweepPlanFile.Changes(existing.CellSettings, experiment.CellSettings());
            if (changes.Count > 0)
                throw AnotherExperiment(folder, existing, experiment.Fingerprint(), changes);
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
        var mine = SweepPlanFile.From(plan);
        var claimed = folder.Claim(mine);
        if (claimed.Fingerprint != mine.Fingerprint)
        {
            var changes = claimed.CellSettingChanges(mine);
            if (changes.Count > 0)
                throw AnotherExperiment(folder, claimed, mine.Fingerprint, changes);
            if (mine.Covers(claimed))
            {
                folder.Replace(mine);
                console.MarkupLine(Markup.Escape($"{folder.Path}: growing '{claimed.Experiment}' ({claimed.Points.Count:N0} grid points x {claimed.Replications} replications) " +
                    $"to {mine.Points.Count:N0} x {mine.Replications}; the cells already there are reused"));
            }
            else if (!claimed.Covers(mine))
            {
                throw AnotherGrid(folder, claimed, mine.Fingerprint);
            }
        }
        folder.RemoveStaleFiles();
        return (plan, mine);
    }
}
