using System.CommandLine;
using System.Diagnostics;
using DevSim.Engine;
using DevSim.Engine.Analysis;
using DevSim.Engine.Capacity;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Runner.Cli;
using DevSim.Runner.Output;
using DevSim.Runner.Plots;

namespace DevSim.Runner.Commands;

/// <summary><c>devsim capacity</c>: how many projects a year a process sustains within a duration target, and where the next servers should go.</summary>
internal static class CapacityCommand
{
    /// <summary>The flag of each setting the engine's options records validate, by property name.</summary>
    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        [nameof(CapacityOptions.Target)] = "--target-duration",
        [nameof(DurationMeasure.Percentile)] = "--percentile",
        [nameof(CapacityOptions.Tolerance)] = "--tolerance",
        [nameof(CapacityOptions.MaxEvaluations)] = "--max-evaluations",
        [nameof(CapacityOptions.Policies)] = "--policy",
        [nameof(SimulationOptions.Projects)] = "--projects",
        [nameof(SimulationOptions.Warmup)] = "--warmup",
        [nameof(SimulationOptions.Replications)] = "--sim-reps",
        [nameof(SimulationOptions.MaxProjectsInSystem)] = "--max-in-system",
        [nameof(AdditionOptions.Steps)] = "--add",
        [nameof(AdditionOptions.Rate)] = "--interarrival",
    };

    public static Command Create(CommandContext context)
    {
        var scenario = CommonOptions.Scenario();
        var target = CommonOptions.OptionalNumber("--target-duration", "The target, in days: the highest arrival rate whose measure stays at or below it is found.", 0, TimeScales.MaxTime,
            minimumExcluded: true);
        var percentile = CommonOptions.OptionalNumber("--percentile", "Bound this percentile of the durations (90: the 90th; above 0, below 100) instead of the mean.", 0, 100, minimumExcluded: true);
        var onTime = CommonOptions.OptionalNumber("--on-time",
            "Portfolios whose types all have a due-allowance: instead of --target-duration, the least share of each type finished on time (above 0, at most 1).", 0, 1, minimumExcluded: true);
        var discipline = new Option<string?>("--discipline")
        {
            Description = "Portfolios only: the queue disciplines searched, comma-separated, one result each [default: the file's]. " + QueueDisciplineRegistry.Help,
            HelpName = "names",
        };
        discipline.Validators.Add(r =>
        {
            foreach (var name in (r.GetValueOrDefault<string?>() ?? "").Split(',', StringSplitOptions.TrimEntries).Where(n => QueueDisciplineRegistry.Parse(n) is null))
                r.AddError($"--discipline: '{name}' is not one of {string.Join(", ", QueueDisciplineRegistry.All)}");
        });
        var policies = CommonOptions.Policies("--policy",
            "The policies searched, comma-separated [default: static,dynamic,rework-aware]; scenarios only (a portfolio's types carry their own).");
        var sequence = CommonOptions.Sequence("Task ids in order, comma-separated (default: the scenario's sequence); scenarios only.");
        var tolerance = CommonOptions.Number("--tolerance", 0.01, $"Stop when the bracket is narrower than this share of its faster rate (at least {CapacityOptions.MinTolerance}).", 0, 0.5, minimumExcluded: true);
        var maxEvaluations = CommonOptions.Whole("--max-evaluations", CapacityOptions.DefaultMaxEvaluations, "Most simulations per policy's search (the stability limit's not counted).", minimum: 2);
        var add = CommonOptions.OptionalWhole("--add", "Add this many servers greedily, one per step, each where it gains most (give --interarrival, or --target-duration with --objective rate).",
            minimum: 1, maximum: AdditionOptions.MaxSteps);
        var interarrival = CommonOptions.OptionalNumber("--interarrival", "With --add: the load, Poisson arrivals with this mean interarrival time in days.", 0, minimumExcluded: true);
        var loadFactor = CommonOptions.OptionalNumber("--load-factor", "With --add, portfolios only: the load, a factor on every type's arrival rate (1: the file's rates).", 0, minimumExcluded: true);
        var objective = new Option<string?>("--objective")
        {
            Description = "With --add: duration (the measure at --interarrival or --load-factor; a portfolio's over all types), rate (the sustainable " +
                "rate for the target) or on-time (portfolios with --on-time: the least type's on-time share at --load-factor, stopping once every type " +
                "reaches the target) [default: on-time with --on-time, else duration].",
            HelpName = "duration|rate|on-time",
        };
        objective.Validators.Add(r => CommonOptions.OneOf(r, "duration", "rate", "on-time"));
        var reps = CommonOptions.Whole("--reps", 100_000, "Single-project replications behind the project alone and the static limit.", minimum: 2);
        var runs = new SimulationRunOptions("", "the CIs are over them", minimumReplications: 2);
        var output = new Option<string?>("--out")
        {
            Description = "Write capacity.json, points.csv (every simulation), gains.csv (every candidate of --add) and the figures capacity-search and capacity-gains-<policy> into this folder.",
        };
        var figures = FiguresOption.Create();
        var seed = CommonOptions.Seed();
        var threads = CommonOptions.Threads();
        var format = CommonOptions.Format();
        var command = new Command("capacity",
            "How many projects a year a process (per policy) or a portfolio file (per discipline, every type within the target) sustains: bisection " +
            "over simulations on common random numbers from the stability limit, answered as a bracket; with --add, where K more servers go, greedily, " +
            "each step's gain with its paired 95% CI.")
        {
            scenario, target, percentile, onTime, discipline, policies, sequence, tolerance, maxEvaluations, add, interarrival, loadFactor, objective,
            reps, runs.Projects, runs.Warmup, runs.Replications, runs.MaxInSystem, output, figures, seed, threads, format,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(scenario);
            var portfolio = context.TryLoadPortfolio(path);
            if (portfolio is null)
            {
                if (parse.GetResult(onTime) is { Implicit: false })
                    throw new UserErrorException("--on-time: needs a portfolio whose types have due allowances; a scenario has no due dates");
                if (parse.GetResult(discipline) is { Implicit: false })
                    throw new UserErrorException("--discipline: needs a portfolio; a scenario's queues are first come, first served");
                if (parse.GetResult(loadFactor) is { Implicit: false })
                    throw new UserErrorException("--load-factor: scales a portfolio's type rates; a scenario has one arrival rate: give --interarrival");
            }
            else
            {
                if (new Option[] { policies, sequence }.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is { } own)
                    throw new UserErrorException($"{own.Name}: a portfolio's types each follow their own policy and sequence from the file; change them there");
                if (parse.GetResult(interarrival) is { Implicit: false })
                    throw new UserErrorException("--interarrival: a portfolio's load is a factor on every type's rate: give --load-factor");
                if (parse.GetValue(onTime) is not null && parse.GetValue(percentile) is not null)
                    throw new UserErrorException("--percentile: --on-time already fixes what each type must reach (its share on time); give one of them");
                if (parse.GetValue(onTime) is not null && parse.GetValue(target) is not null)
                    throw new UserErrorException("--on-time, --target-duration: give one: every type's duration within a number of days, or its share on time");
            }
            var steps = parse.GetValue(add);
            // A planner who asked for an on-time target wants the servers ranked, and the plan stopped, by it (docs/model.md#greedy-capacity-addition).
            var objectiveName = parse.GetValue(objective) ?? (parse.GetValue(onTime) is null ? "duration" : "on-time");
            if (objectiveName == "on-time" && parse.GetValue(onTime) is null)
                throw new UserErrorException("--objective: on-time ranks by a portfolio's on-time share; give --on-time with the share every type must reach");
            var rateObjective = objectiveName == "rate";
            var load = portfolio is null ? interarrival : loadFactor;
            if (steps is null && new Option[] { load, objective }.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is { } alone)
                throw new UserErrorException($"{alone.Name}: applies only with --add");
            var targetName = portfolio is null ? "--target-duration" : "--target-duration or --on-time";
            var hasTarget = parse.GetValue(target) is not null || parse.GetValue(onTime) is not null;
            if (!hasTarget && (steps is null || rateObjective))
                throw new UserErrorException($"{targetName}: required (what the measure must stay within), unless --add plans for --objective duration");
            if (steps is not null && !rateObjective && parse.GetValue(load) is null)
                throw new UserErrorException($"{load.Name}: --add with --objective {objectiveName} needs the load it measures the {(objectiveName == "on-time" ? "on-time share" : "duration")} at");
            if (steps is not null && rateObjective && parse.GetResult(load) is { Implicit: false })
                throw new UserErrorException($"{load.Name}: --objective rate searches the rate itself; leave {load.Name} out");

            var simulation = runs.Of(parse, parse.GetValue(seed), CommonOptions.ThreadsOf(parse, threads));
            var search = new CapacityOptions
            {
                Target = parse.GetValue(target) ?? parse.GetValue(onTime) ?? double.NaN,
                Measure = new DurationMeasure(parse.GetValue(percentile)),
                Policies = portfolio is null ? CommonOptions.PoliciesOf(parse, policies) : [portfolio.Types[0].Policy],
                Simulation = simulation,
                Tolerance = parse.GetValue(tolerance),
                MaxEvaluations = parse.GetValue(maxEvaluations),
            };
            AdditionOptions? addition = steps is { } k
                ? new AdditionOptions
                {
                    Steps = k,
                    Objective = objectiveName switch { "rate" => AdditionObjective.Rate, "on-time" => AdditionObjective.OnTime, _ => AdditionObjective.Duration },
                    Rate = portfolio is null
                        ? parse.GetValue(interarrival) is { } mean ? 1 / mean : null
                        : parse.GetValue(loadFactor) is { } factor ? factor * PortfolioSystem.TotalRate(portfolio) : null,
                    Search = search,
                }
                : null;
            OptionFlags.ThrowIfInvalid(addition?.Validate() ?? search.Validate(), Flags);
            if (addition is not null && hasTarget)
                OptionFlags.ThrowIfInvalid(search.Validate(), Flags);
            SimulationRunOptions.CheckLimits(simulation);
            var run = portfolio is null
                ? ForScenario(context, parse, context.LoadScenario(path), search, addition)
                : ForPortfolio(context, parse, portfolio, search, addition);

            var folder = parse.GetValue(output);
            var files = folder is null ? [] : CapacityFiles.Names.Select(f => Path.Combine(folder, f)).ToList();
            var report = run.Report with { Files = files };
            if (folder is not null)
                report = CapacityFiles.Write(folder, report, run.Curves, FiguresOption.Get(parse, figures));
            if (CommonOptions.ToFormat(parse.GetValue(format)) == OutputFormat.Json)
                context.Output.WriteLine(Json.Serialize(report));
            else
                CapacityTables.Write(context.Console, report);
            return ExitCodes.Success;
        });
        return command;

        (CapacityReport Report, IReadOnlyList<CapacityFiles.Curve> Curves) ForScenario(CommandContext context, ParseResult parse, Scenario loaded,
            CapacityOptions search, AdditionOptions? addition)
        {
            if (parse.GetValue(interarrival) is { } mean && TimeScales.HorizonProblem(loaded, mean, search.Simulation.Projects) is { } scales)
                throw new UserErrorException($"--interarrival: {scales}");
            ScenarioSystem system;
            try
            {
                system = new ScenarioSystem(loaded, parse.GetValue(sequence) is { Length: > 0 } given ? given : null, parse.GetValue(reps));
            }
            catch (ScenarioException e)
            {
                throw UserErrorException.ForOptions(e);
            }
            var clock = Stopwatch.StartNew();
            var budget = Budget(search, addition, search.Policies.Distinct().Count());
            var (result, plans) = CapacityProgressDisplay.Run(context, budget, progress => Searched(() =>
            {
                var found = parse.GetValue(target) is null ? null : CapacitySearch.Find(system, search, progress, context.Cancellation);
                var planned = addition is null ? [] : search.Policies.Distinct().Select(p => CapacityPlanner.Plan(system, p, addition, progress, context.Cancellation)).ToList();
                return (found, planned);
            }));
            var report = new CapacityReport(loaded.Name, [.. system.Sequence], search.Simulation.Seed, parse.GetValue(target), search.Measure.Name,
                search.Measure.Percentile, result?.Alone, [.. (result?.Rates ?? []).Select(rate => CapacityReport.Row(result!, rate))],
                addition is null ? null : [.. plans.SelectMany(p => CapacityReport.Rows(p))], parse.GetValue(interarrival), Settings(search), [],
                clock.Elapsed.TotalSeconds);
            return (report, [.. (result?.Rates ?? []).Select(r => new CapacityFiles.Curve(r.Policy.Name(), r))]);
        }

        (CapacityReport Report, IReadOnlyList<CapacityFiles.Curve> Curves) ForPortfolio(CommandContext context, ParseResult parse, Portfolio portfolio,
            CapacityOptions search, AdditionOptions? addition)
        {
            if (parse.GetValue(loadFactor) is { } given && portfolio.TimeScaleProblem(given, search.Simulation.Projects) is { } scales)
                throw new UserErrorException($"--load-factor: {scales}");
            var share = parse.GetValue(onTime);
            var goal = share is { } q ? PortfolioTarget.OnTimeShare(q) : PortfolioTarget.Duration(search.Target, search.Measure);
            var disciplines = parse.GetValue(discipline) is { } named
                ? named.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().Select(QueueDisciplineRegistry.Parse).OfType<QueueDiscipline>().ToList()
                : [portfolio.Discipline];
            List<PortfolioSystem> systems;
            try
            {
                // Without a target (--add for duration alone) any positive one serves: the plan never compares with it.
                var judged = parse.GetValue(target) is null && share is null ? PortfolioTarget.Duration(1, search.Measure) : goal;
                systems = [.. disciplines.Select(d => new PortfolioSystem(portfolio with { Discipline = d }, judged, parse.GetValue(reps)))];
            }
            catch (ArgumentException e)
            {
                throw new UserErrorException($"{(share is null ? parse.GetRequiredValue(scenario) : "--on-time")}: {e.Message}");
            }
            var clock = Stopwatch.StartNew();
            var found = CapacityProgressDisplay.Run(context, Budget(search, addition, systems.Count), progress => Searched(() => systems.Select(system =>
            {
                var label = system.Portfolio.Discipline.Name();
                var relabelled = CapacityProgressDisplay.Relabel(progress, label);
                var result = search.Target is double.NaN ? null : CapacitySearch.Find(system, search, relabelled, context.Cancellation);
                var plan = addition is null ? null : CapacityPlanner.Plan(system, search.Policies[0], addition, relabelled, context.Cancellation);
                return (System: system, Label: label, Result: result, Plan: plan);
            }).ToList()));
            var types = portfolio.Types.Select(t => new CapacityReport.TypeBase(t.Name, t.Policy.Name(), t.Arrivals.MeanInterarrival, t.DueAllowance, t.Priority)).ToList();
            var report = new CapacityReport(null, null, search.Simulation.Seed, parse.GetValue(target) ?? share, goal.Name, search.Measure.Percentile,
                found.FirstOrDefault(f => f.Result is not null).Result?.Alone,
                [.. found.Where(f => f.Result is not null).Select(f => CapacityReport.Row(f.Result!, f.Label, f.System))],
                addition is null ? null : [.. found.SelectMany(f => CapacityReport.Rows(f.Plan!, f.Label))], null, Settings(search), [], clock.Elapsed.TotalSeconds,
                new CapacityReport.PortfolioBlock(portfolio.Name, portfolio.WipCap, CapacityReport.PerYear(systems[0].BaseRate), types, share, parse.GetValue(loadFactor)))
            {
                Warnings = DueDateWarnings.Of(portfolio),
                PlanEnds = addition is null ? [] : [.. found.Select(f => CapacityReport.End(f.Plan!, f.Label)).OfType<CapacityReport.PlanEndRow>()],
            };
            return (report, [.. found.Where(f => f.Result is not null).Select(f => new CapacityFiles.Curve(f.Label, f.Result!.Rates[0], f.System))]);
        }
    }

    /// <summary>
    /// The most simulations the searches may take (for a progress bar): --max-evaluations per search, and as many again per
    /// server a plan adds; a search that brackets sooner ends the bar early.
    /// </summary>
    private static int Budget(CapacityOptions search, AdditionOptions? addition, int searches) =>
        searches * ((double.IsNaN(search.Target) ? 0 : search.MaxEvaluations) + (addition?.Steps ?? 0) * search.MaxEvaluations);

    /// <summary>Runs a search or plan, naming --policy in the message when no stable rate exists.</summary>
    private static T Searched<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (StabilityNotFoundException e)
        {
            throw AnalyzeCommand.NoStableRate(e);
        }
    }

    private static CapacityReport.SearchSettings Settings(CapacityOptions search) => new(search.Simulation.Projects, search.Simulation.EffectiveWarmup,
        search.Simulation.Replications, search.Simulation.MaxProjectsInSystem, search.Tolerance, search.MaxEvaluations, AnalyzeReport.DaysPerYear);
}
