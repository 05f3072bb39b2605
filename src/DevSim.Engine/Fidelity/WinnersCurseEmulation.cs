using DevSim.Engine.Evaluation;
using DevSim.Engine.Input;
using DevSim.Engine.Optimization;
using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Fidelity;

/// <summary>
/// The paper's procedure, emulated (docs/model.md#the-winners-curse-measured): its genetic algorithm
/// with K replications behind each fitness value, reporting the winner's own K-replication mean and
/// sd as the paper did, beside the winner's value on fresh replications. Deterministic per seed
/// whatever the thread count.
/// </summary>
/// <remarks>
/// The search breeds, selects and migrates with the same parts as <see cref="GeneticAlgorithm"/>
/// (the same streams below the seed), stops by the same rules, and has no race: the winner is the
/// best individual of the last generation, as its fitness says.
/// </remarks>
public sealed class WinnersCurseEmulation
{
    private readonly ProcessModel _model;

    /// <summary>Prepares emulated searches over the sequences of <paramref name="scenario"/>.</summary>
    public WinnersCurseEmulation(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        _model = new ProcessModel(scenario);
    }

    /// <summary>Runs one emulated search and values its winner afresh.</summary>
    public WinnersCurseOutcome Run(WinnersCurseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        var search = options.Search;
        var fitness = new NoisyFitness(_model, options);
        var populations = InitialPopulations(search);
        var scores = fitness.Score(populations, 0);
        var history = new List<double> { Best(scores, search.Objective).Value.Mean };
        var elites = (int)Math.Round(search.ReproductionRatio * search.PopulationSize);
        var mutants = (int)Math.Round(search.MutationRatio * search.PopulationSize);
        var stop = GeneticAlgorithm.StoppingRule(search, CancellationToken.None);
        var generation = 0;
        while (stop.Reason(history) is null)
        {
            generation++;
            for (var p = 0; p < populations.Length; p++)
            {
                var random = new SplitMix64(SeedMixer.Derive(search.Seed, SearchStreams.Breeding, (ulong)(generation * populations.Length + p)));
                var means = scores[p].Select(s => s.Mean).ToArray();
                populations[p] = Breeding.NextGeneration(populations[p], means, elites, mutants, search, ref random);
            }
            scores = fitness.Score(populations, generation);
            if (search.MigrationInterval > 0 && generation % search.MigrationInterval == 0 && populations.Length > 1)
                Migrate(populations, scores, search.Objective);
            history.Add(Best(scores, search.Objective).Value.Mean);
        }
        var best = Best(scores, search.Objective);
        var ids = populations[best.Population][best.Index].Select(t => t + 1).ToArray();
        var fresh = new SingleProjectEvaluator(_model.Scenario).Evaluate(ids, new EvaluationOptions
        {
            Replications = options.FreshReplications,
            Seed = SeedMixer.Derive(search.Seed, SearchStreams.Report),
            MaxDegreeOfParallelism = search.MaxDegreeOfParallelism,
        });
        return new WinnersCurseOutcome(ids, best.Value.Mean, best.Value.Sd, fresh.Duration, generation, fitness.Evaluations);
    }

    private int[][][] InitialPopulations(GeneticAlgorithmOptions search)
    {
        var populations = new int[search.Populations][][];
        for (var p = 0; p < populations.Length; p++)
        {
            var random = new SplitMix64(SeedMixer.Derive(search.Seed, SearchStreams.InitialPopulations, (ulong)p));
            populations[p] = new int[search.PopulationSize][];
            for (var i = 0; i < search.PopulationSize; i++)
            {
                var individual = Enumerable.Range(0, _model.TaskCount).ToArray();
                Permutations.Shuffle(individual, ref random);
                populations[p][i] = individual;
            }
        }
        return populations;
    }

    // Ring migration with the sd carried along with the mean: RingMigration moves means only.
    private static void Migrate(int[][][] populations, (double Mean, double Sd)[][] scores, Objective objective)
    {
        var means = scores.Select(s => s.Select(v => v.Mean).ToArray()).ToArray();
        var emigrants = means.Select(m => RingMigration.IndexOfBest(m, objective)).ToArray();
        var worse = objective == Objective.Minimize ? Objective.Maximize : Objective.Minimize;
        var genes = emigrants.Select((i, p) => populations[p][i]).ToArray();
        var values = emigrants.Select((i, p) => scores[p][i]).ToArray();
        for (var p = 0; p < populations.Length; p++)
        {
            var target = (p + 1) % populations.Length;
            var replaced = RingMigration.IndexOfBest(means[target], worse);
            populations[target][replaced] = (int[])genes[p].Clone();
            scores[target][replaced] = values[p];
            means[target][replaced] = values[p].Mean;
        }
    }

    private static (int Population, int Index, (double Mean, double Sd) Value) Best((double Mean, double Sd)[][] scores, Objective objective)
    {
        var best = (0, 0, scores[0][0]);
        for (var p = 0; p < scores.Length; p++)
        {
            for (var i = 0; i < scores[p].Length; i++)
            {
                if (SequenceFitness.Better(scores[p][i].Mean, best.Item3.Mean, objective))
                    best = (p, i, scores[p][i]);
            }
        }
        return best;
    }
}
