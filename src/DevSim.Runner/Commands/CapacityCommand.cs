using System.CommandLine;
using System.Diagnostics;
using DevSim.Engine;
using DevSim.Engine.Analysis;
using DevSim.Engine.Capacity;
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
        var target = CommonOptions.OptionalNumber("--target-duration", "The target, in days: the highest arrival rate whose measure stays at or below it is found.", 0, minimumExcluded: true);
        var percentile = CommonOptions.OptionalNumber("--percentile", "Bound this percentile of the durations (90: the 90th; above 0, below 100) instead of the mean.", 0, 100, minimumExcluded: true);
        var onTime = CommonOptions.OptionalNumber("--on-time", "Portfolios with due dates only (not yet available): the share of each type that must finish on time.", 0, 1);
        var discipline = new Option<string?>("--discipline") { Description = "Portfolios only (not yet available): the queue disciplines to search." };
        var policies = CommonOptions.Policies("--policy", "The policies searched, comma-separated [default: static,dynamic,rework-aware].");
        var sequence = CommonOptions.Sequence("Task ids in order, comma-separated (default: the scenario's sequence).");
        var tolerance = CommonOptions.Number("--tolerance", 0.01, $"Stop when the bracket is narrower than this share of its faster rate (at least {CapacityOptions.MinTolerance}).", 0, 0.5, minimumExcluded: true);
        var maxEvaluations = CommonOptions.Whole("--max-evaluations", CapacityOptions.DefaultMaxEvaluations, "Most simulations per policy's search (the stability limit's not counted).", minimum: 2);
        var add = CommonOptions.OptionalWhole("--add", "Add this many servers greedily, one per step, each where it gains most (give --interarrival, or --target-duration with --objective rate).",
            minimum: 1, maximum: AdditionOptions.MaxSteps);
        var interarrival = CommonOptions.OptionalNumber("--interarrival", "With --add: the load, Poisson arrivals with this mean interarrival time in days.", 0, minimumExcluded: true);
        var loadFactor = CommonOptions.OptionalNumber("--load-factor", "With --add, portfolios only (not yet available): the factor scaling every type's arrival rate.", 0, minimumExcluded: true);
        var objective = new Option<string>("--objective")
        {
            Description = "With --add: duration (the measure at --interarrival) or rate (the sustainable rate for --target-duration).",
            DefaultValueFactory = _ => "duration",
        };
        objective.Validators.Add(r => CommonOptions.OneOf(r, "duration", "rate"));
        var defaults = new SimulationOptions();
        var reps = CommonOptions.Whole("--reps", 100_000, "Single-project replications behind the project alone and the static limit.", minimum: 2);
        var projects = CommonOptions.Whole("--projects", defaults.Projects, "Projects per replication of each simulation.");
        var warmup = CommonOptions.OptionalWhole("--warmup", "The first projects left out [default: 10% of --projects].", minimum: 0);
        var simReps = CommonOptions.Whole("--sim-reps", defaults.Replications, "Replications of each simulation (the CIs are over them).", minimum: 2);
        var maxInSystem = CommonOptions.Whole("--max-in-system", defaults.MaxProjectsInSystem, "A replication stops as overloaded past this many projects in the system.");
        var output = new Option<string?>("--out")
        {
            Description = "Write capacity.json, points.csv (every simulation), gains.csv (every candidate of --add) and the figures capacity-search and capacity-gains-<policy> into this folder.",
        };
        var figures = FiguresOption.Create();
        var seed = CommonOptions.Seed();
        var threads = CommonOptions.Threads();
        var format = CommonOptions.Format();
        var command = new Command("capacity",
            "How many projects a year a process sustains within a duration target, per policy: bisection over simulations on common random numbers " +
            "from the stability limit, answered as a bracket; with --add, where K more servers go, greedily, each step's gain with its paired 95% CI.")
        {
            scenario, target, percentile, onTime, discipline, policies, sequence, tolerance, maxEvaluations, add, interarrival, loadFactor, objective,
            reps, projects, warmup, simReps, maxInSystem, output, figures, seed, threads, format,
        };
        command.SetAction(parse =>
        {
            if (parse.GetResult(onTime) is { Implicit: false })
                throw new UserErrorException("--on-time: needs a portfolio with due dates; portfolios are not yet available (issue 24), and a scenario has no due dates");
            if (parse.GetResult(discipline) is { Implicit: false })
                throw new UserErrorException("--discipline: needs a portfolio; portfolios are not yet available (issue 24), and a scenario's queues are first come, first served");
            if (parse.GetResult(loadFactor) is { Implicit: false })
                throw new UserErrorException("--load-factor: scales a portfolio's type rates; a scenario has one arrival rate: give --interarrival");
            var steps = parse.GetValue(add);
            var rateObjective = parse.GetValue(objective) == "rate";
            if (steps is null && new Option[] { interarrival, objective }.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is { } alone)
                throw new UserErrorException($"{alone.Name}: applies only with --add");
            if (parse.GetValue(target) is null && (steps is null || rateObjective))
                throw new UserErrorException("--target-duration: required (the duration the measure must stay within), unless --add plans for --objective duration");
            if (steps is not null && !rateObjective && parse.GetValue(interarrival) is null)
                throw new UserErrorException("--interarrival: --add with --objective duration needs the load it measures the duration at");
            if (steps is not null && rateObjective && parse.GetResult(interarrival) is { Implicit: false })
                throw new UserErrorException("--interarrival: --objective rate searches the rate itself; leave --interarrival out");

            var loaded = ScenarioSource.Load(parse.GetRequiredValue(scenario));
            var simulation = new SimulationOptions
            {
                Projects = parse.GetValue(projects),
                Warmup = parse.GetValue(warmup),
                Replications = parse.GetValue(simReps),
                MaxProjectsInSystem = parse.GetValue(maxInSystem),
                Seed = parse.GetValue(seed),
                MaxDegreeOfParallelism = CommonOptions.ThreadsOf(parse, threads),
            };
            var search = new CapacityOptions
            {
                Target = parse.GetValue(target) ?? double.NaN,
                Measure = new DurationMeasure(parse.GetValue(percentile)),
                Policies = CommonOptions.PoliciesOf(parse, policies),
                Simulation = simulation,
                Tolerance = parse.GetValue(tolerance),
                MaxEvaluations = parse.GetValue(maxEvaluations),
            };
            AdditionOptions? addition = steps is { } k
                ? new AdditionOptions
                {
                    Steps = k,
                    Objective = rateObjective ? AdditionObjective.Rate : AdditionObjective.Duration,
                    Rate = parse.GetValue(interarrival) is { } mean ? 1 / mean : null,
                    Search = search,
                }
                : null;
            OptionFlags.ThrowIfInvalid(addition?.Validate() ?? search.Validate(), Flags);
            if (addition is not null && parse.GetValue(target) is not null)
                OptionFlags.ThrowIfInvalid(search.Validate(), Flags);
            CheckLimits(loaded, simulation, parse.GetValue(interarrival));

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
            var (result, plans) = CapacityProgressDisplay.Run(context.Console, context.Error, progress =>
            {
                try
                {
                    var found = parse.GetValue(target) is null ? null : CapacitySearch.Find(system, search, progress);
                    var planned = addition is null ? [] : search.Policies.Distinct().Select(p => CapacityPlanner.Plan(system, p, addition, progress)).ToList();
                    return (found, planned);
                }
                catch (StabilityNotFoundException e)
                {
                    throw AnalyzeCommand.NoStableRate(e);
                }
            });

            var folder = parse.GetValue(output);
            var files = folder is null ? [] : CapacityFiles.Names.Select(f => Path.Combine(folder, f)).ToList();
            var report = new CapacityReport(loaded.Name, [.. system.Sequence], simulation.Seed, parse.GetValue(target), search.Measure.Name,
                search.Measure.Percentile, result?.Alone, [.. (result?.Rates ?? []).Select(CapacityReport.Row)],
                addition is null ? null : [.. plans.SelectMany(CapacityReport.Rows)], parse.GetValue(interarrival),
                new CapacityReport.SearchSettings(simulation.Projects, simulation.EffectiveWarmup, simulation.Replications, simulation.MaxProjectsInSystem,
                    search.Tolerance, search.MaxEvaluations, AnalyzeReport.DaysPerYear),
                files, clock.Elapsed.TotalSeconds);
            if (folder is not null)
                report = CapacityFiles.Write(folder, report, result, FiguresOption.Get(parse, figures));
            if (CommonOptions.ToFormat(parse.GetValue(format)) == OutputFormat.Json)
                context.Output.WriteLine(Json.Serialize(report));
            else
                CapacityTables.Write(context.Console, report);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The stated limits (<see cref="RunLimits"/>, <see cref="TimeScales"/>) of each simulation, checked before any work starts.</summary>
    private static void CheckLimits(Scenario scenario, SimulationOptions simulation, double? interarrival)
    {
        if (RunLimits.Exceeded("replications", simulation.Replications, RunLimits.MaxReplications) is { } reps)
            throw new UserErrorException($"--sim-reps: {reps}");
        var total = RunLimits.Times(simulation.Projects, simulation.Replications);
        if (RunLimits.Exceeded($"projects per simulation ({simulation.Projects:N0} x {simulation.Replications:N0} replications)", total, RunLimits.MaxProjects) is { } projects)
            throw new UserErrorException($"--projects, --sim-reps: {projects}");
        if (interarrival is { } mean && TimeScales.HorizonProblem(scenario, mean, simulation.Projects) is { } scales)
            throw new UserErrorException($"--interarrival: {scales}");
    }
}
