using DevSim.Engine.Evaluation;
using DevSim.Engine.Optimization;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;
using DevSim.Runner.Plots;

namespace DevSim.Runner.Replay;

/// <summary>Who proposed a sequence: the paper, or DevSim's own search in this run.</summary>
internal enum SequenceSource
{
    Paper,
    DevSim,
}

/// <summary>The replay's multi-project experiments.</summary>
internal enum GridExperiment
{
    /// <summary>Figures 7 to 9: the mouse with its optimal sequence.</summary>
    Mouse,

    /// <summary>Figures 10 and 11: the balanced process with its optimal sequence.</summary>
    Balanced,

    /// <summary>Section 6.2: the mouse with its worst sequence, around the stability limit.</summary>
    Worst,

    /// <summary>Beyond the paper (section 6.4): a random DSM process, for the rework-aware policy.</summary>
    RandomDsm,

    /// <summary>Beyond the paper (section 6.4): the strongly coupled process, for the rework-aware policy.</summary>
    Coupled,
}

/// <summary>A process of DevSim's own on which the rework-aware policy is checked, with its grid.</summary>
/// <param name="Experiment">Its grid's name.</param>
/// <param name="Scenario">The process.</param>
/// <param name="Description">What it is, for the report.</param>
/// <param name="Optimum">DevSim's GA optimum for it, the sequence every policy starts from.</param>
/// <param name="Loads">The static sequence's offered load on the busiest resource at each grid point.</param>
/// <param name="Grid">The interarrival times that give those loads.</param>
internal sealed record FurtherProcess(GridExperiment Experiment, Scenario Scenario, string Description, SequenceValue Optimum,
    IReadOnlyList<double> Loads, IReadOnlyList<double> Grid);

/// <summary>A sequence evaluated in single-project mode, with what follows from it.</summary>
/// <param name="Source">Who proposed it.</param>
/// <param name="Evaluation">Mean, CI and per-task rework from the replay's single-project replications.</param>
/// <param name="Demands">Expected work per resource and project under static sequencing.</param>
/// <param name="FirstOrderRework">The closed-form lower bound on its expected rework.</param>
/// <param name="BaseWork">The sum of the tasks' durations (the project with no rework).</param>
/// <param name="FirstOrderReworkOfRows12">The part of the bound that reworks tasks 1 and 2, the matrix rows DevSim had to re-align (docs/model.md#decision-rows-1-and-2).</param>
internal sealed record SequenceValue(SequenceSource Source, EvaluationResult Evaluation, IReadOnlyList<ResourceDemand> Demands,
    double FirstOrderRework, double BaseWork, double FirstOrderReworkOfRows12)
{
    public IReadOnlyList<int> Sequence => Evaluation.Sequence;

    /// <summary>The resource that saturates first under static sequencing.</summary>
    public ResourceDemand Bottleneck => Demands.MaxBy(d => d.CriticalInterarrival)!;
}

/// <summary>Table 3 and the balanced optimum: the searches, the evaluations, and paired gaps.</summary>
internal sealed record SingleProjectFindings(
    OptimizationResult OptimalSearch, OptimizationResult WorstSearch, OptimizationResult BalancedSearch,
    SequenceValue PaperOptimal, SequenceValue DevSimOptimal, SequenceValue PaperWorst, SequenceValue DevSimWorst,
    SequenceValue PaperBalanced, SequenceValue DevSimBalanced,
    SampleSummary OptimalGap, SampleSummary WorstGap, SampleSummary BalancedGap,
    IReadOnlyList<double> OptimalSample, IReadOnlyList<double> WorstSample);

/// <summary>One simulated grid point.</summary>
internal sealed record GridPoint(GridExperiment Experiment, SequenceSource Source, SequencingPolicy Policy, double Interarrival, SimulationResult Result)
{
    public bool Overloaded => Result.IsUnstable;
}

/// <summary>Everything the replay measured, from which the data, plots and report are written.</summary>
internal sealed record ReplayResults(ReplaySettings Settings, SingleProjectFindings SingleProject, IReadOnlyList<FurtherProcess> Further,
    IReadOnlyList<GridPoint> Grid, SimulationResult Timeline, IReadOnlyList<ExecutionRecord> TimelineRecords, IReadOnlyList<string> ResourceNames, double ElapsedSeconds)
{
    /// <summary>The single-project duration histograms of DevSim's optimal and worst sequences, on shared bins (plot and CSV).</summary>
    public (Histogram Optimal, Histogram Worst) DurationHistograms { get; } = ReplayPlots.DurationHistogram(SingleProject);

    /// <summary>The points of one curve, by interarrival.</summary>
    public IReadOnlyList<GridPoint> Curve(GridExperiment experiment, SequenceSource source, SequencingPolicy policy) =>
        [.. Grid.Where(p => p.Experiment == experiment && p.Source == source && p.Policy == policy).OrderBy(p => p.Interarrival)];

    /// <summary>One point, or null when the grid does not hold it.</summary>
    public GridPoint? At(GridExperiment experiment, SequenceSource source, SequencingPolicy policy, double interarrival) =>
        Grid.FirstOrDefault(p => p.Experiment == experiment && p.Source == source && p.Policy == policy && p.Interarrival == interarrival);
}
