using DevSim.Engine.Input;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Optimization;

/// <summary>
/// The paper's genetic algorithm for the best (or worst) static sequence (docs/model.md#the-genetic-algorithm):
/// several populations of permutations evolve side by side with ring migration; each new
/// generation is the elite share copied, the crossover share bred from tournament-selected
/// parents, and the mutation share mutated copies. Fitness is the single-project mean duration on
/// shared replications (<see cref="SequenceFitness"/>); the leaders are valued again on fresh ones.
/// </summary>
/// <remarks>
/// The parts: <see cref="Evolution"/> holds the populations and steps one generation (<see cref="Breeding"/>,
/// <see cref="TournamentSelection"/>, <see cref="RingMigration"/>); stopping rules (<see cref="IStoppingRule"/>)
/// decide when it ends; <see cref="SearchStreams"/> names every random stream below the seed.
/// </remarks>
public sealed class GeneticAlgorithm
{
    private readonly ProcessModel _model;

    /// <summary>Prepares a search over the sequences of <paramref name="scenario"/>.</summary>
    public GeneticAlgorithm(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _model = new ProcessModel(scenario);
    }

    /// <summary>Runs the search. Cancelling (a time limit) stops it after the current generation, with a result.</summary>
    public OptimizationResult Run(GeneticAlgorithmOptions options, IProgress<OptimizationProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        Check(options);
        var fitness = new SequenceFitness(_model, options.Seed, options.MaxDegreeOfParallelism);
        var evolution = new Evolution(_model.TaskCount, options, fitness, _model.Scenario.Precedence);
        var stop = StoppingRule(options, cancellation);
        string? stopReason;
        while ((stopReason = stop.Reason(evolution.BestByGeneration)) is null)
        {
            evolution.Advance();
            progress?.Report(new OptimizationProgress("generation", evolution.Generation, options.MaxGenerations, evolution.BestByGeneration[^1], evolution.Evaluations));
        }
        return Conclude(evolution, fitness, options, stopReason, progress);
    }

    /// <summary>The rules that end the search, in the order their reasons win: the generation limit, stagnation, the time limit.</summary>
    internal static IStoppingRule StoppingRule(GeneticAlgorithmOptions options, CancellationToken cancellation) => new FirstStoppingRule(
        new GenerationLimit(options.MaxGenerations),
        new FitnessStagnation(options.StopWindow, options.StopImprovement),
        new CancellationStop(cancellation));

    /// <summary>
    /// Races the leading classes of equivalent sequences on more selection replications, then values
    /// the best of the race again on fresh replications: the values reported.
    /// </summary>
    private static OptimizationResult Conclude(Evolution evolution, SequenceFitness fitness, GeneticAlgorithmOptions options,
        string stopReason, IProgress<OptimizationProgress>? progress)
    {
        var objective = options.Objective;
        var best = evolution.BestByGeneration[^1];
        var evaluations = evolution.Evaluations;
        var classes = SequenceFitness.Classes(evolution.EvaluatedBestFirst(), Math.Max(options.Top, 10));
        progress?.Report(new OptimizationProgress($"racing {classes.Count} leaders on {options.RaceReplications:N0} replications", 0, classes.Count, best, evaluations));
        var raced = fitness.MeanOfEach(classes.Select(c => c.Representative).ToList(), options.RaceReplications);
        evaluations += classes.Count;
        var leaders = Enumerable.Range(0, classes.Count).OrderBy(i => SequenceFitness.Key(raced[i], objective)).ThenBy(i => i).Take(options.Top)
            .Select(i => (classes[i].Representative, raced[i], options.RaceReplications, classes[i].Members)).ToList();
        progress?.Report(new OptimizationProgress("re-estimating the leaders", 0, leaders.Count, best, evaluations));
        var top = fitness.Reestimate(leaders, options.FinalReplications);
        return new OptimizationResult("ga", objective, top[0], top, evaluations, fitness.ReplicationsSimulated, evolution.Generation, stopReason, null, null);
    }

    private static void Check(GeneticAlgorithmOptions o) => OptionChecks.ThrowIfAny(o.Validate(), nameof(o));
}
