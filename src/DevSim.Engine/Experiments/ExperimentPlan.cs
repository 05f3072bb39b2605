using DevSim.Engine.Evaluation;
using DevSim.Engine.Optimization;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Randomness;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Experiments;

/// <summary>
/// An experiment laid out as cells: its grid points in a fixed order, each repeated
/// <see cref="Experiment.Replications"/> times; cell c is replication c mod R of point c div R. Any
/// cell can run alone, in any process, in any order, with the same result.
/// </summary>
/// <remarks>
/// Cell seeds: replication r of every grid point uses the streams <see cref="MultiProjectSimulator"/>
/// gives replication r under the experiment's seed, so a cell equals replication r of
/// <c>devsim simulate</c> at that point, and all points share random numbers replication by replication
/// (common random numbers: policy, sequence and interarrival differences are not noise).
/// </remarks>
public sealed class ExperimentPlan
{
    private readonly Dictionary<string, Scenario> _scenarios;
    private readonly Dictionary<string, MultiProjectSimulator> _simulators = [];
    private readonly Dictionary<string, SingleProjectEvaluator> _evaluators = [];
    private readonly Dictionary<string, Portfolio> _portfolios;

    private ExperimentPlan(Experiment experiment, IReadOnlyList<FoundSequence> found)
    {
        Experiment = experiment;
        Found = found;
        Fingerprint = experiment.Fingerprint();
        _scenarios = experiment.Scenarios.ToDictionary(s => s.Name);
        _portfolios = experiment.Portfolios.ToDictionary(p => p.Name);
        var points = new List<PlanPoint>();
        foreach (var portfolio in experiment.Portfolios)
            AddPortfolioPoints(points, experiment, portfolio);
        foreach (var scenario in experiment.Scenarios)
        {
            foreach (var choice in experiment.Sequences)
            {
                var sequence = choice.Source switch
                {
                    SequenceSource.Scenario => scenario.DefaultSequence,
                    SequenceSource.Explicit => choice.Ids!,
                    _ => found.Single(f => f.Scenario == scenario.Name && f.Source == choice.Source).Sequence,
                };
                foreach (var policy in experiment.Policies)
                {
                    IEnumerable<double?> grid = experiment.Arrivals == ArrivalPattern.Isolated ? [null] : experiment.Interarrivals.Select(x => (double?)x);
                    foreach (var interarrival in grid)
                        points.Add(new PlanPoint(points.Count, scenario.Name, choice.Label, sequence, policy, interarrival));
                }
            }
            if (experiment.Arrivals == ArrivalPattern.Isolated)
                _evaluators[scenario.Name] = new SingleProjectEvaluator(scenario);
            else
                _simulators[scenario.Name] = new MultiProjectSimulator(scenario);
        }
        Points = points;
    }

    /// <summary>
    /// A portfolio's points: discipline, then WIP cap, then load factor (the x axis of the figures, as interarrival is a
    /// scenario's); an axis the experiment leaves out takes the portfolio file's own value.
    /// </summary>
    private static void AddPortfolioPoints(List<PlanPoint> points, Experiment experiment, Portfolio portfolio)
    {
        var types = portfolio.Types.Select(t => t.Name).ToList();
        var policy = portfolio.PooledPolicy;
        foreach (var discipline in experiment.Disciplines ?? [portfolio.Discipline])
        {
            foreach (var cap in experiment.WipCaps ?? [portfolio.WipCap])
            {
                foreach (var factor in experiment.LoadFactors)
                {
                    points.Add(new PlanPoint(points.Count, portfolio.Name, "", [], policy, 1 / portfolio.WithLoadFactor(factor).ArrivalRate)
                    {
                        Portfolio = new PortfolioSetting(factor, discipline, cap, types),
                    });
                }
            }
        }
    }

    /// <summary>The experiment.</summary>
    public Experiment Experiment { get; }

    /// <summary>The experiment's fingerprint (see <see cref="Experiment.Fingerprint"/>).</summary>
    public string Fingerprint { get; }

    /// <summary>The optimal and worst sequences the plan runs, as found by the genetic algorithm.</summary>
    public IReadOnlyList<FoundSequence> Found { get; }

    /// <summary>The grid points, in cell order.</summary>
    public IReadOnlyList<PlanPoint> Points { get; }

    /// <summary>Cells in all: points × replications (at most <see cref="RunLimits.MaxCells"/>, checked by <see cref="Create"/>, so an int).</summary>
    public int CellCount => Points.Count * Experiment.Replications;

    /// <summary>The grid point of cell <paramref name="cell"/>.</summary>
    public PlanPoint PointOf(int cell) => Points[cell / Experiment.Replications];

    /// <summary>The replication number of cell <paramref name="cell"/>.</summary>
    public int ReplicationOf(int cell) => cell % Experiment.Replications;

    /// <summary>The cells of shard <paramref name="shard"/> of <paramref name="shards"/>: those whose index modulo <paramref name="shards"/> is <paramref name="shard"/>.</summary>
    public IEnumerable<int> Shard(int shard, int shards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shard, shards);
        for (var cell = shard; cell < CellCount; cell += shards)
            yield return cell;
    }

    /// <summary>
    /// Lays out <paramref name="experiment"/>, first finding the optimal and worst sequences it asks
    /// for with the genetic algorithm (each search seeded from the experiment's seed, the scenario's
    /// name and the objective only), unless <paramref name="known"/> already holds them.
    /// </summary>
    /// <param name="experiment">The experiment.</param>
    /// <param name="known">Sequences found earlier for this experiment (for example by another shard), or null.</param>
    /// <param name="searching">Told the scenario and objective before each search starts.</param>
    /// <param name="maxDegreeOfParallelism">Threads for the searches; the sequences found do not depend on it.</param>
    public static ExperimentPlan Create(Experiment experiment, IReadOnlyList<FoundSequence>? known = null,
        Action<string, SequenceSource>? searching = null, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        CheckLimits(experiment);
        var found = new List<FoundSequence>();
        var wanted = experiment.Sequences.Where(s => s.Source is SequenceSource.Optimal or SequenceSource.Worst).Select(s => s.Source).ToList();
        foreach (var scenario in experiment.Scenarios)
        {
            foreach (var source in wanted)
            {
                var earlier = known?.FirstOrDefault(f => f.Scenario == scenario.Name && f.Source == source);
                if (earlier is null)
                {
                    searching?.Invoke(scenario.Name, source);
                    var result = new GeneticAlgorithm(scenario).Run(experiment.Search with
                    {
                        Objective = FoundSequence.ObjectiveOf(source),
                        Seed = SeedMixer.Derive(experiment.Seed, SeedMixer.Hash(scenario.Name), (ulong)source),
                        MaxDegreeOfParallelism = maxDegreeOfParallelism,
                    });
                    earlier = new FoundSequence(scenario.Name, source, result.Best.Sequence, result.Best.Mean);
                }
                else
                {
                    scenario.CheckSequence(earlier.Sequence);
                }
                found.Add(earlier);
            }
        }
        return new ExperimentPlan(experiment, found);
    }

    /// <summary>
    /// Refuses, before any search or cell runs, an experiment of more cells than <see cref="RunLimits.MaxCells"/>
    /// or more projects in all than <see cref="RunLimits.MaxProjects"/> (counted in long: a product of ints overflows).
    /// </summary>
    /// <exception cref="ExperimentException">A limit is exceeded; the message names the count and the limit.</exception>
    public static void CheckLimits(Experiment experiment)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        long interarrivals = experiment.Arrivals == ArrivalPattern.Isolated ? 1 : experiment.Interarrivals.Count;
        var points = experiment.IsPortfolio
            ? RunLimits.Times(RunLimits.Times(RunLimits.Times(experiment.Portfolios.Count, experiment.Disciplines?.Count ?? 1), experiment.WipCaps?.Count ?? 1),
                experiment.LoadFactors.Count)
            : RunLimits.Times(RunLimits.Times(RunLimits.Times(experiment.Scenarios.Count, experiment.Sequences.Count), experiment.Policies.Count), interarrivals);
        var cells = RunLimits.Times(points, experiment.Replications);
        var projects = RunLimits.Times(cells, experiment.Projects);
        var problem = RunLimits.Exceeded($"cells ({points:N0} grid point{(points == 1 ? "" : "s")} x {experiment.Replications:N0} replications)", cells, RunLimits.MaxCells)
            ?? RunLimits.Exceeded($"projects ({cells:N0} cells x {experiment.Projects:N0} projects)", projects, RunLimits.MaxProjects);
        if (problem is not null)
            throw new ExperimentException($"{experiment.Name}: {problem}: split it into several experiments, or use fewer replications or grid points");
        foreach (var portfolio in experiment.Portfolios)
        {
            foreach (var factor in experiment.LoadFactors)
            {
                if (portfolio.TimeScaleProblem(factor, experiment.Projects) is { } times)
                    throw new ExperimentException($"{experiment.Name}: load factor {TimeScales.G(factor)} with portfolio {portfolio.Name}: {times}");
            }
        }
        if (experiment.Arrivals == ArrivalPattern.Isolated)
            return;
        foreach (var scenario in experiment.Scenarios)
        {
            foreach (var interarrival in experiment.Interarrivals)
            {
                if (TimeScales.HorizonProblem(scenario, interarrival, experiment.Projects) is { } scales)
                    throw new ExperimentException($"{experiment.Name}: interarrival {interarrival.ToString(System.Globalization.CultureInfo.InvariantCulture)} with scenario {scenario.Name}: {scales}");
            }
        }
    }

    /// <summary>Runs cell <paramref name="cell"/> on the calling thread. An overloaded system is a result, not an error.</summary>
    /// <exception cref="ReworkDivergenceException">Rework never dies out in an isolated project.</exception>
    public CellResult RunCell(int cell)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cell);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(cell, CellCount);
        var point = PointOf(cell);
        var replication = ReplicationOf(cell);
        if (point.Portfolio is { } setting)
            return RunPortfolio(cell, point, replication, setting);
        return point.Interarrival is { } interarrival
            ? RunSimulation(cell, point, replication, interarrival)
            : RunIsolated(cell, point, replication);
    }

    /// <summary>
    /// Runs <paramref name="cells"/> on all cores (one cell per thread at a time), handing each result
    /// to <paramref name="finished"/> as it comes, from any thread. Results do not depend on the thread count.
    /// </summary>
    /// <exception cref="ReworkDivergenceException">Rework never dies out in an isolated project.</exception>
    public void RunCells(IReadOnlyList<int> cells, Action<CellResult> finished, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(finished);
        ChunkedReplications.OneByOne(cells.Count, maxDegreeOfParallelism).ForEach(cell => finished(RunCell(cells[cell.Index])));
    }

    private CellResult RunSimulation(int cell, PlanPoint point, int replication, double interarrival)
    {
        var simulator = _simulators[point.Scenario];
        var options = RunOptions(Experiment.Arrivals == ArrivalPattern.Fixed ? new FixedArrivals(interarrival) : new PoissonArrivals(interarrival)) with
        {
            Policy = point.Policy,
            Sequence = point.Sequence,
        };
        var r = simulator.RunReplication(options, replication);
        return Simulated(cell, point, replication, r, _scenarios[point.Scenario].Resources, options);
    }

    /// <summary>A portfolio's cell: replication r of <c>devsim portfolio</c> with the point's discipline, cap and load factor.</summary>
    private CellResult RunPortfolio(int cell, PlanPoint point, int replication, PortfolioSetting setting)
    {
        var portfolio = (_portfolios[point.Scenario] with { Discipline = setting.Discipline, WipCap = setting.WipCap }).WithLoadFactor(setting.LoadFactor);
        // The run reads the types' own arrivals; these give the verdict's load estimate the rate of all types together.
        var options = RunOptions(new PoissonArrivals(1 / portfolio.ArrivalRate));
        var r = PortfolioSimulator.RunReplication(portfolio, options, replication);
        var m = r.Portfolio!;
        return Simulated(cell, point, replication, r, portfolio.Pool.Resources, options) with
        {
            Portfolio = new CellPortfolio(CellGroup.Of("overall", m.Overall), [.. portfolio.Types.Select((t, k) => CellGroup.Of(t.Name, m.Types[k]))])
            {
                LoadByType = m.LoadByType,
            },
        };
    }

    /// <summary>One cell's run settings: the experiment's, on the calling thread.</summary>
    private SimulationOptions RunOptions(IArrivalProcess arrivals) => new()
    {
        Arrivals = arrivals,
        Projects = Experiment.Projects,
        Warmup = Experiment.Warmup,
        Replications = Experiment.Replications,
        Seed = Experiment.Seed,
        MaxDegreeOfParallelism = 1,
        MaxProjectsInSystem = Experiment.MaxProjectsInSystem,
    };

    /// <summary>A simulated replication as a cell: its measures, the resources' by name, and the verdict's evidence.</summary>
    private static CellResult Simulated(int cell, PlanPoint point, int replication, ReplicationResult r, IReadOnlyList<ResourceDefinition> resources, SimulationOptions options)
    {
        var d = r.Diagnostics!;
        var rate = 1 / options.Arrivals.MeanInterarrival;
        var diagnostics = new CellDiagnostics(r.StoppedEarly, options.MaxProjectsInSystem, options.EffectiveWarmup, d.MserCut,
            d.DurationSeries.Coarsen(SteadyStateAnalysis.AveragedSeriesBatches), d.DurationBatches, d.WaitingBatches, d.ReworkBatches,
            d.TimeWeighted?.InSystem ?? [], [.. d.WorkPerProject.Select((w, i) => w.Scale(rate / resources[i].Capacity))]);
        return new CellResult
        {
            Cell = cell,
            Point = point.Index,
            Replication = replication,
            ProjectsCounted = r.ProjectsCounted,
            Duration = r.Duration,
            Waiting = r.Waiting,
            Rework = r.Rework,
            InSystem = r.InSystem,
            Events = r.Events,
            Overloaded = r.Unstable is { } index ? resources[index].Name : null,
            Resources = [.. r.Resources.Select((x, i) => new CellResource(resources[i].Name, x.Utilization, x.Queue, x.Wait, x.OfferedLoad))],
            Diagnostics = diagnostics,
            DurationSketch = d.Sketch.ToBuckets(),
        };
    }

    private CellResult RunIsolated(int cell, PlanPoint point, int replication)
    {
        var evaluator = _evaluators[point.Scenario];
        // Replication r of isolated projects is its own batch of projects, seeded from (seed, r) only.
        var seed = SeedMixer.Derive(Experiment.Seed, (ulong)replication);
        var evaluation = evaluator.Evaluate(point.Sequence, new EvaluationOptions
        {
            Replications = Experiment.Projects,
            Seed = seed,
            MaxDegreeOfParallelism = 1,
        });
        // The same projects again for their durations' quantiles (Evaluate keeps only moments and
        // rework); isolated projects are cheap, about a microsecond each.
        var durations = evaluator.Sample(point.Sequence, Experiment.Projects, seed, 1);
        Array.Sort(durations);
        static double Quantile(double[] sorted, double p) => MathNet.Numerics.Statistics.SortedArrayStatistics.Quantile(sorted, p);
        return new CellResult
        {
            Cell = cell,
            Point = point.Index,
            Replication = replication,
            ProjectsCounted = durations.Length,
            Duration = new DurationStatistics
            {
                Mean = evaluation.Duration.Mean,
                Sd = evaluation.Duration.StandardDeviation,
                P50 = Quantile(durations, 0.5),
                P90 = Quantile(durations, 0.9),
                P99 = Quantile(durations, 0.99),
            },
            Waiting = 0,
            Rework = evaluation.Tasks.Sum(t => t.ReworkTime),
            InSystem = double.NaN,
        };
    }
}
