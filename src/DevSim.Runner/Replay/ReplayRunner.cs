using System.Diagnostics;
using DevSim.Engine.Evaluation;
using DevSim.Engine.Optimization;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Runner.Replay;

/// <summary>
/// Reruns every experiment of the paper's section 5 (docs/model.md#the-optical-mouse-case): the sequence searches of
/// Table 3, the interarrival grids of Figures 7 to 11 and the worst sequence's stability limit, and a
/// short traced run for the timeline. Only the engine's public API is used.
/// </summary>
internal sealed class ReplayRunner(ReplaySettings settings, IReplayProgress progress)
{
    private readonly Scenario _mouse = Read(settings.AlternativeRows ? "optical-mouse-rows-alt" : "optical-mouse", settings.Readings);
    private readonly Scenario _balanced = Read(settings.AlternativeRows ? "optical-mouse-balanced-rows-alt" : "optical-mouse-balanced", settings.Readings);

    private static Scenario Read(string name, ModelReadings readings)
    {
        var scenario = ScenarioReader.LoadBuiltIn(name);
        return readings.IsDefault ? scenario : scenario.WithReadings(readings);
    }

    public ReplayResults Run()
    {
        var clock = Stopwatch.StartNew();
        var single = RunSingleProject();
        var further = settings.BeyondThePaper ? RunFurtherSearches() : [];
        var grid = RunGrid(single, further);
        var (timeline, records) = RunTimeline();
        return new ReplayResults(settings, single, further, grid, timeline, records, [.. _mouse.Resources.Select(r => r.Name)], clock.Elapsed.TotalSeconds);
    }

    private SingleProjectFindings RunSingleProject()
    {
        var optimal = Search("Table 3: optimal sequence (GA)", _mouse, Objective.Minimize);
        var worst = Search("Table 3: worst sequence (GA)", _mouse, Objective.Maximize);
        var balanced = Search("Figure 10: balanced process's optimal sequence (GA)", _balanced, Objective.Minimize);

        var stage = progress.Begin("Table 3: evaluating the paper's and DevSim's sequences");
        var mouse = new SingleProjectEvaluator(_mouse);
        var balancedEvaluator = new SingleProjectEvaluator(_balanced);
        var valued = 0;
        (SequenceValue Value, double[] Durations) Value(SingleProjectEvaluator evaluator, SequenceSource source, IReadOnlyList<int> sequence)
        {
            var value = Valued(evaluator, source, sequence);
            stage.Report(++valued, 6);
            return value;
        }
        // Each value's replications are also its sample: the same seed pairs replication r of two sequences (common random
        // numbers), so the gap between them is estimated from per-replication differences, far tighter than either value.
        var paperOptimal = Value(mouse, SequenceSource.Paper, PaperResults.OptimalSequence);
        var devSimOptimal = Value(mouse, SequenceSource.DevSim, optimal.Best.Sequence);
        var paperWorst = Value(mouse, SequenceSource.Paper, PaperResults.WorstSequence);
        var devSimWorst = Value(mouse, SequenceSource.DevSim, worst.Best.Sequence);
        var paperBalanced = Value(balancedEvaluator, SequenceSource.Paper, PaperResults.BalancedOptimalSequence);
        var devSimBalanced = Value(balancedEvaluator, SequenceSource.DevSim, balanced.Best.Sequence);

        static SampleSummary Gap(double[] minuend, double[] subtrahend) =>
            SampleSummary.From(minuend.Zip(subtrahend, (a, b) => a - b));
        var findings = new SingleProjectFindings(optimal, worst, balanced,
            paperOptimal.Value, devSimOptimal.Value, paperWorst.Value, devSimWorst.Value, paperBalanced.Value, devSimBalanced.Value,
            Gap(paperOptimal.Durations, devSimOptimal.Durations),
            Gap(devSimWorst.Durations, paperWorst.Durations),
            Gap(paperBalanced.Durations, devSimBalanced.Durations),
            devSimOptimal.Durations, devSimWorst.Durations);
        stage.Finish();
        return findings;
    }

    /// <summary>A sequence's value on the single-project replications, and each replication's duration.</summary>
    private (SequenceValue Value, double[] Durations) Valued(SingleProjectEvaluator evaluator, SequenceSource source, IReadOnlyList<int> sequence)
    {
        var (evaluation, durations) = evaluator.EvaluateWithDurations(sequence, new EvaluationOptions
        {
            Replications = settings.SingleProjectReplications,
            Seed = settings.Seed,
            MaxDegreeOfParallelism = settings.Threads,
        });
        return (new SequenceValue(source, evaluation, evaluator.Demands(evaluation),
            ReworkBound.FirstOrder(evaluator.Scenario, sequence), evaluator.Scenario.Tasks.Sum(t => t.Duration),
            ReworkBound.FirstOrder(evaluator.Scenario, sequence, id => id <= 2)), durations);
    }

    /// <summary>
    /// The two processes of DevSim's own on which the rework-aware policy is checked (issue 9): each
    /// gets its GA optimum, as the paper's processes do, and a grid of interarrival times that put
    /// the static sequence's busiest resource at <see cref="ReplaySettings.FurtherLoads"/>.
    /// </summary>
    private List<FurtherProcess> RunFurtherSearches()
    {
        var processes = new (GridExperiment Experiment, Scenario Scenario, string Description)[]
        {
            (GridExperiment.RandomDsm, RandomScenario.Create(RandomProcessTasks, RandomProcessDensity, RandomProcessSeed),
                $"a random DSM: {RandomProcessTasks} tasks with durations uniform on [1, 10] days, each off-diagonal cell coupled with probability " +
                $"{RandomProcessDensity:0.0#} and then RP and RI uniform on [0.05, 0.5], one resource per task (`RandomScenario.Create({RandomProcessTasks}, " +
                $"{RandomProcessDensity:0.0#}, {RandomProcessSeed})`; the same process in every run)"),
            (GridExperiment.Coupled, ScenarioReader.LoadBuiltIn("strongly-coupled"),
                "the strongly coupled process (`experiments/scenarios/strongly-coupled.yaml`, built in as `strongly-coupled`): 8 tasks, every " +
                "task able to send every other back to rework, in both directions (RP 0.2 to 0.7, RI 0.2 to 0.5), one resource per task"),
        };
        var further = new List<FurtherProcess>();
        foreach (var (experiment, scenario, description) in processes)
        {
            var search = Search($"Rework-aware policy: {scenario.Name}'s optimal sequence (GA)", scenario, Objective.Minimize);
            var optimum = Valued(new SingleProjectEvaluator(scenario), SequenceSource.DevSim, search.Best.Sequence).Value;
            var critical = optimum.Bottleneck.CriticalInterarrival;
            // Rounded so the grid reads well (the loads reported are recomputed from it), and ascending like the paper's grids.
            var grid = settings.FurtherLoads.Select(load => Math.Round(critical / load, 2)).Order().ToList();
            further.Add(new FurtherProcess(experiment, scenario, description, optimum, [.. grid.Select(ia => critical / ia)], grid));
        }
        return further;
    }

    private OptimizationResult Search(string name, Scenario scenario, Objective objective)
    {
        var stage = progress.Begin(name);
        var result = new GeneticAlgorithm(scenario).Run(settings.Search with { Objective = objective }, new SearchProgress(stage));
        stage.Finish();
        return result;
    }

    private List<GridPoint> RunGrid(SingleProjectFindings single, IReadOnlyList<FurtherProcess> further)
    {
        var points = new List<(GridExperiment Experiment, SequenceSource Source, SequencingPolicy Policy, double Interarrival, SimulationJob Job)>();
        void Add(GridExperiment experiment, Scenario scenario, SequenceSource source, IReadOnlyList<int> sequence, IReadOnlyList<double> grid, int replications,
            params SequencingPolicy[] policies)
        {
            foreach (var policy in policies)
            {
                foreach (var interarrival in grid)
                {
                    // One seed everywhere: the policies at a point, and neighbouring points, see the same
                    // arrivals (scaled) and task streams, so differences between curves are not noise.
                    var options = new SimulationOptions
                    {
                        Policy = policy,
                        Sequence = sequence,
                        Arrivals = new PoissonArrivals(interarrival),
                        Projects = settings.Projects,
                        Replications = replications,
                        Seed = settings.Seed,
                    };
                    points.Add((experiment, source, policy, interarrival, new SimulationJob(scenario, options)));
                }
            }
        }
        SequencingPolicy[] paperPolicies = [SequencingPolicy.Static, SequencingPolicy.Dynamic];
        SequencingPolicy[] allPolicies = settings.BeyondThePaper ? [.. paperPolicies, SequencingPolicy.ReworkAware] : paperPolicies;
        Add(GridExperiment.Mouse, _mouse, SequenceSource.Paper, PaperResults.OptimalSequence, settings.MouseGrid, settings.Replications, allPolicies);
        if (settings.BeyondThePaper)
            Add(GridExperiment.Mouse, _mouse, SequenceSource.DevSim, single.DevSimOptimal.Sequence, settings.MouseGrid, settings.SecondaryReplications, paperPolicies);
        Add(GridExperiment.Balanced, _balanced, SequenceSource.Paper, PaperResults.BalancedOptimalSequence, settings.BalancedGrid, settings.Replications, allPolicies);
        if (settings.BeyondThePaper)
            Add(GridExperiment.Balanced, _balanced, SequenceSource.DevSim, single.DevSimBalanced.Sequence, settings.BalancedGrid, settings.SecondaryReplications, paperPolicies);
        Add(GridExperiment.Worst, _mouse, SequenceSource.Paper, PaperResults.WorstSequence, settings.WorstGrid, settings.WorstReplications, paperPolicies);
        if (settings.BeyondThePaper)
            Add(GridExperiment.Worst, _mouse, SequenceSource.DevSim, single.DevSimWorst.Sequence, settings.WorstGrid, settings.WorstReplications, paperPolicies);
        foreach (var process in further)
        {
            Add(process.Experiment, process.Scenario, SequenceSource.DevSim, process.Optimum.Sequence, process.Grid,
                settings.FurtherReplications, allPolicies);
        }

        var stage = progress.Begin($"Figures 7-11 and section 6.2: {points.Count} grid points of {settings.Projects:N0} projects");
        var results = SimulationBatch.Run([.. points.Select(p => p.Job)], settings.Threads,
            new Progress(done => stage.Report(done, points.Count)));
        stage.Finish();
        return [.. points.Select((p, i) => new GridPoint(p.Experiment, p.Source, p.Policy, p.Interarrival, results[i]))];
    }

    private (SimulationResult, IReadOnlyList<ExecutionRecord>) RunTimeline()
    {
        var stage = progress.Begin("Timeline: a short dynamic run, traced");
        var recorder = new ExecutionRecorder();
        var result = new MultiProjectSimulator(_mouse).Run(new SimulationOptions
        {
            Policy = SequencingPolicy.Dynamic,
            Sequence = PaperResults.OptimalSequence,
            Arrivals = new PoissonArrivals(PaperResults.CongestedInterarrival),
            Projects = settings.TimelineProjects,
            Warmup = 0,
            Replications = 1,
            Seed = settings.Seed,
            Observer = recorder,
        });
        stage.Finish();
        return (result, recorder.Records);
    }

    private const int RandomProcessTasks = 12;
    private const double RandomProcessDensity = 0.3;

    /// <summary>Fixed, not the run's seed: the random process is the same in every replay.</summary>
    private const ulong RandomProcessSeed = 2007;

    /// <summary>Keeps every execution of the traced replication in memory (a short run only).</summary>
    private sealed class ExecutionRecorder : IExecutionObserver
    {
        public List<ExecutionRecord> Records { get; } = [];

        public void OnExecution(in ExecutionRecord record) => Records.Add(record);
    }

    private sealed class SearchProgress(IReplayStage stage) : IProgress<OptimizationProgress>
    {
        public void Report(OptimizationProgress value)
        {
            if (value.Total > 0)
                stage.Report(value.Done, value.Total);
        }
    }

    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
