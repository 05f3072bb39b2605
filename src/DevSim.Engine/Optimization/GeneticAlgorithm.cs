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
        var evolution = new Evolution(_model.TaskCount, options, fitness);
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

    private static void Check(GeneticAlgorithmOptions o)
    {
        ArgumentNullException.ThrowIfNull(o.Crossover, nameof(o.Crossover));
        ArgumentNullException.ThrowIfNull(o.Mutation, nameof(o.Mutation));
        var problems = new List<string>();
        if (o.Populations < 1) problems.Add($"populations {o.Populations} must be at least 1");
        if (o.PopulationSize < 2) problems.Add($"population size {o.PopulationSize} must be at least 2");
        foreach (var (name, value) in new[] { ("reproduction", o.ReproductionRatio), ("crossover", o.CrossoverRatio), ("mutation", o.MutationRatio) })
        {
            if (!(value >= 0 && value <= 1)) problems.Add($"{name} ratio {value} must be within [0, 1]");
        }
        if (Math.Abs(o.ReproductionRatio + o.CrossoverRatio + o.MutationRatio - 1) > 1e-9)
            problems.Add($"reproduction, crossover and mutation ratios must add up to 1 (they add up to {o.ReproductionRatio + o.CrossoverRatio + o.MutationRatio})");
        if (o.TournamentSize < 1) problems.Add($"tournament size {o.TournamentSize} must be at least 1");
        if (o.StopWindow < 1) problems.Add($"stop window {o.StopWindow} must be at least 1");
        if (!(o.StopImprovement >= 0)) problems.Add($"stop improvement {o.StopImprovement} must be 0 or more");
        if (o.MaxGenerations < 0) problems.Add($"max generations {o.MaxGenerations} must be 0 or more");
        if (o.Replications < 1) problems.Add($"replications {o.Replications} must be at least 1");
        if (o.RaceReplications < 1) problems.Add($"race replications {o.RaceReplications} must be at least 1");
        if (o.FinalReplications < 2) problems.Add($"final replications {o.FinalReplications} must be at least 2");
        if (o.Top < 1) problems.Add($"top {o.Top} must be at least 1");
        if (problems.Count > 0)
            throw new ArgumentException(string.Join("; ", problems), nameof(o));
    }
}
