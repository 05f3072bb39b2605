using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using DevSim.Engine.Optimization;
using DevSim.Runner.Cli;
using DevSim.Runner.Output;
using Spectre.Console;

namespace DevSim.Runner.Commands;

/// <summary><c>devsim optimize</c>: the best (or worst) static sequence, by the paper's GA or exhaustively.</summary>
internal static class OptimizeCommand
{
    /// <summary>The longest --time-limit: int.MaxValue milliseconds, the longest delay a .NET timer takes.</summary>
    private const double MaxTimeLimitSeconds = 2_147_483;

    /// <summary>The flag of each property of <see cref="GeneticAlgorithmOptions"/> and <see cref="ExhaustiveSearchOptions"/>, for their problems.</summary>
    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        [nameof(GeneticAlgorithmOptions.Top)] = "--top",
        [nameof(GeneticAlgorithmOptions.FinalReplications)] = "--final-reps",
        [nameof(GeneticAlgorithmOptions.MaxDegreeOfParallelism)] = "--threads",
        [nameof(GeneticAlgorithmOptions.Populations)] = "--populations",
        [nameof(GeneticAlgorithmOptions.PopulationSize)] = "--population-size",
        [nameof(GeneticAlgorithmOptions.ReproductionRatio)] = "--reproduction",
        [nameof(GeneticAlgorithmOptions.CrossoverRatio)] = "--crossover-ratio",
        [nameof(GeneticAlgorithmOptions.MutationRatio)] = "--mutation-ratio",
        [GeneticAlgorithmOptions.RatiosKey] = "--reproduction, --crossover-ratio and --mutation-ratio",
        [nameof(GeneticAlgorithmOptions.TournamentSize)] = "--tournament",
        [nameof(GeneticAlgorithmOptions.MigrationInterval)] = "--migration-interval",
        [nameof(GeneticAlgorithmOptions.StopImprovement)] = "--stop-improvement",
        [nameof(GeneticAlgorithmOptions.StopWindow)] = "--stop-window",
        [nameof(GeneticAlgorithmOptions.MaxGenerations)] = "--max-generations",
        [nameof(GeneticAlgorithmOptions.Replications)] = "--reps",
        [nameof(GeneticAlgorithmOptions.RaceReplications)] = "--race-reps",
        [nameof(ExhaustiveSearchOptions.FirstPassReplications)] = "--first-pass-reps",
        [nameof(ExhaustiveSearchOptions.Survivors)] = "--survivors",
    };

    public static Command Create(CommandContext context)
    {
        var scenario = CommonOptions.Scenario();
        var method = Choice("--method", "ga", "ga: the paper's genetic algorithm; exhaustive: every sequence (up to 10 tasks), then successive halving.", "ga", "exhaustive");
        var objective = Choice("--objective", "min", "min: the optimal sequence; max: the worst.", "min", "max");
        var seed = CommonOptions.Seed();
        var defaults = new GeneticAlgorithmOptions();
        var top = CommonOptions.Whole("--top", defaults.Top, "How many leading sequences to report.");
        var threads = CommonOptions.Threads();
        var format = CommonOptions.Format();
        var finalReps = CommonOptions.Whole("--final-reps", defaults.FinalReplications, "Fresh replications behind each reported value (never those used to select it).", minimum: GeneticAlgorithmOptions.MinFinalReplications);
        var timeLimit = CommonOptions.OptionalNumber("--time-limit", "Stop the GA after this many seconds (the result so far is reported).", 0, MaxTimeLimitSeconds, minimumExcluded: true);

        var populations = CommonOptions.Whole("--populations", defaults.Populations, "GA: populations evolving side by side (paper: 10).");
        var populationSize = CommonOptions.Whole("--population-size", defaults.PopulationSize, "GA: individuals per population (paper: 100).", minimum: GeneticAlgorithmOptions.MinPopulationSize);
        var reproduction = Ratio("--reproduction", defaults.ReproductionRatio, "GA: share of each generation copied from the best of the last (paper: 0.10).");
        var crossoverRatio = Ratio("--crossover-ratio", defaults.CrossoverRatio, "GA: share made by crossover (paper: 0.89).");
        var mutationRatio = Ratio("--mutation-ratio", defaults.MutationRatio, "GA: share made by mutation (paper: 0.01).");
        var crossover = Choice("--crossover", "pmx", "GA: pmx (partially mapped, the paper's) or ox1 (order crossover).", "pmx", "ox1");
        var mutation = Choice("--mutation", "swap", "GA: swap (two positions) or inversion (reverse a segment).", "swap", "inversion");
        var tournament = CommonOptions.Whole("--tournament", defaults.TournamentSize, "GA: tournament size for selection.");
        var migration = CommonOptions.Whole("--migration-interval", defaults.MigrationInterval, "GA: generations between migrations of each population's best to the next (0: never).", minimum: 0);
        var stopImprovement = CommonOptions.Number("--stop-improvement", defaults.StopImprovement, "GA: stop when the best improved by less than this over the stop window (paper: 0.2).", 0);
        var stopWindow = CommonOptions.Whole("--stop-window", defaults.StopWindow, "GA: the stopping rule's window, in generations.");
        var maxGenerations = CommonOptions.Whole("--max-generations", defaults.MaxGenerations, "GA: the most generations.");
        var reps = CommonOptions.Whole("--reps", defaults.Replications, "GA: replications behind each fitness value, shared by all candidates.");
        var raceReps = CommonOptions.Whole("--race-reps", defaults.RaceReplications, "GA: shared replications of the final race between the leading sequences, which picks the winner.");
        var exhaustiveDefaults = new ExhaustiveSearchOptions();
        var firstPass = CommonOptions.Whole("--first-pass-reps", exhaustiveDefaults.FirstPassReplications, "Exhaustive: replications per sequence in the first pass.");
        var survivors = CommonOptions.Whole("--survivors", exhaustiveDefaults.Survivors, "Exhaustive: leaders kept after the first pass (a tenth kept each later round).", minimum: ExhaustiveSearchOptions.MinSurvivors);

        var command = new Command("optimize",
            "Find the static sequence with the shortest (or longest) expected single-project duration, by the paper's " +
            "genetic algorithm or by an exhaustive search; the winners are valued again on fresh replications, with CIs.")
        {
            scenario, method, objective, seed, top, threads, format, finalReps, timeLimit,
            populations, populationSize, reproduction, crossoverRatio, mutationRatio, crossover, mutation, tournament, migration,
            stopImprovement, stopWindow, maxGenerations, reps, raceReps, firstPass, survivors,
        };
        command.SetAction(parse =>
        {
            var loaded = context.LoadScenario(parse.GetRequiredValue(scenario));
            var goal = parse.GetValue(objective) == "max" ? Objective.Maximize : Objective.Minimize;
            var json = CommonOptions.ToFormat(parse.GetValue(format)) == OutputFormat.Json;
            var clock = Stopwatch.StartNew();
            // The time limit ends the GA with its result so far; the host's cancellation (the workbench) ends any search.
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.Cancellation);
            if (parse.GetValue(timeLimit) is { } seconds)
                cancel.CancelAfter(TimeSpan.FromSeconds(seconds));
            Func<IProgress<OptimizationProgress>?, OptimizationResult> search;
            if (parse.GetValue(method) == "exhaustive")
            {
                if (loaded.TaskCount > ExhaustiveSearch.MaxTasks)
                    throw new UserErrorException($"--method exhaustive: {loaded.Name} has {loaded.TaskCount} tasks; an exhaustive search handles up to {ExhaustiveSearch.MaxTasks} (use --method ga)");
                var options = new ExhaustiveSearchOptions
                {
                    Objective = goal,
                    Seed = parse.GetValue(seed),
                    Top = parse.GetValue(top),
                    FinalReplications = parse.GetValue(finalReps),
                    MaxDegreeOfParallelism = CommonOptions.ThreadsOf(parse, threads),
                    FirstPassReplications = parse.GetValue(firstPass),
                    Survivors = parse.GetValue(survivors),
                };
                OptionFlags.ThrowIfInvalid(options.Validate(), Flags);
                search = progress => new ExhaustiveSearch(loaded).Run(options, progress, context.Cancellation);
            }
            else
            {
                var options = new GeneticAlgorithmOptions
                {
                    Objective = goal,
                    Seed = parse.GetValue(seed),
                    Top = parse.GetValue(top),
                    FinalReplications = parse.GetValue(finalReps),
                    MaxDegreeOfParallelism = CommonOptions.ThreadsOf(parse, threads),
                    Populations = parse.GetValue(populations),
                    PopulationSize = parse.GetValue(populationSize),
                    ReproductionRatio = parse.GetValue(reproduction),
                    CrossoverRatio = parse.GetValue(crossoverRatio),
                    MutationRatio = parse.GetValue(mutationRatio),
                    Crossover = parse.GetValue(crossover) == "ox1" ? new OrderedCrossover() : new PartiallyMappedCrossover(),
                    Mutation = parse.GetValue(mutation) == "inversion" ? new InversionMutation() : new SwapMutation(),
                    TournamentSize = parse.GetValue(tournament),
                    MigrationInterval = parse.GetValue(migration),
                    StopImprovement = parse.GetValue(stopImprovement),
                    StopWindow = parse.GetValue(stopWindow),
                    MaxGenerations = parse.GetValue(maxGenerations),
                    Replications = parse.GetValue(reps),
                    RaceReplications = parse.GetValue(raceReps),
                };
                OptionFlags.ThrowIfInvalid(options.Validate(), Flags);
                search = progress => new GeneticAlgorithm(loaded).Run(options, progress, cancel.Token);
            }

            // The workbench (a host with its own progress bar) hears the share of each stage; a terminal gets its bar, a pipe its stage lines.
            var result = json ? search(context.Progress is { } share ? new StageShare(share) : new StageLines(context.Error, "optimize"))
                : ProgressDisplay.Run(context.Console, context.Error, search);
            context.Cancellation.ThrowIfCancellationRequested(); // a search the host stopped has no result to report
            var report = OptimizeReport.From(loaded.Name, result, parse.GetValue(seed), clock.Elapsed.TotalSeconds);
            if (json)
                context.Output.WriteLine(Json.Serialize(report));
            else
                WriteTables(context.Console, report);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string> Choice(string name, string defaultValue, string description, params string[] choices)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r => CommonOptions.OneOf(r, choices));
        return option;
    }

    private static Option<double> Ratio(string name, double defaultValue, string description) =>
        CommonOptions.Number(name, defaultValue, description, 0, 1);

    private static void WriteTables(IAnsiConsole console, OptimizeReport r)
    {
        var goal = r.Objective == "min" ? "shortest" : "longest";
        console.MarkupLine($"[bold]{Markup.Escape(r.Scenario)}[/]: the {goal} expected single-project duration, by {(r.Method == "ga" ? "the genetic algorithm" : "exhaustive search")}");
        // Five columns so the table fits 80 columns; the sd is in the JSON.
        var table = new Table().AddColumns("rank", "sequence", "mean [[95% CI]]", "selection", "tied").NumbersNoWrap();
        table.Columns[1].NoWrap();
        var rank = 0;
        foreach (var e in r.Top)
        {
            table.AddTextRow((++rank).ToString(CultureInfo.InvariantCulture), Numbers.Ids(e.Sequence), $"{Numbers.F(e.Mean)} [{Numbers.F(e.Ci95[0])}, {Numbers.F(e.Ci95[1])}]",
                Numbers.F(e.SelectionMean), e.Equivalents.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(table);
        console.MarkupLine($"[grey]rank: the search's order, by the selection estimate on {r.Best.SelectionReps:N0} shared replications (biased by selection; " +
            $"shown for reference), so neighbouring fresh means may fall the other way within their CIs. mean [[95% CI]]: {r.Best.Reps:N0} fresh replications " +
            "per sequence, independent of the selection. tied: equivalent orders, sequences that tied exactly with the one shown on every shared replication " +
            "(they differ only between tasks that never rework each other).[/]");
        if (r.RunnerUpDifference is { } d)
            console.WriteLine($"Runner-up minus best, paired 95% CI: [{Numbers.F(d[0], 4)}, {Numbers.F(d[1], 4)}]: {r.StopReason}.");
        else
            console.MarkupLine($"Stopped: {Markup.Escape(r.StopReason)}{(r.Generations is { } g ? $" after {g} generations" : "")}.");
        if (r.SequencesRespectingPrecedence is { } respecting)
            console.MarkupLine($"Precedence: {respecting:N0} orders respect the scenario's pairs; only those were evaluated.");
        console.MarkupLine($"[grey]{r.Evaluations:N0} sequence evaluations, {r.ReplicationsSimulated:N0} replications, {r.ElapsedSeconds:F1} s, seed {r.Seed}[/]");
    }

    /// <summary>A search's progress as the share of its current stage done, for a host's progress bar.</summary>
    private sealed class StageShare(IProgress<double> share) : IProgress<OptimizationProgress>
    {
        public void Report(OptimizationProgress value)
        {
            if (value.Total > 0)
                share.Report(Math.Min(1.0, (double)value.Done / value.Total));
        }
    }
}
