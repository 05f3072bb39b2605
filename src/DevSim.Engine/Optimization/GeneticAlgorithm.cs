using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Optimization;

/// <summary>
/// The paper's genetic algorithm for the best (or worst) static sequence (MODEL.md section 6):
/// several populations of permutations evolve side by side with ring migration; each new
/// generation is the elite share copied, the crossover share bred from tournament-selected
/// parents, and the mutation share mutated copies. Fitness is the single-project mean duration on
/// shared replications (<see cref="SequenceFitness"/>); the leaders are valued again on fresh ones.
/// </summary>
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
        var n = _model.TaskCount;
        var fitness = new SequenceFitness(_model, options.Seed, options.MaxDegreeOfParallelism);
        var cache = new Dictionary<string, double>(StringComparer.Ordinal);
        var size = options.PopulationSize;
        var elites = (int)Math.Round(options.ReproductionRatio * size);
        var mutants = (int)Math.Round(options.MutationRatio * size);
        var objective = options.Objective;
        long evaluations = 0;

        // Generation 0: random permutations.
        var populations = new int[options.Populations][][];
        var scores = new double[options.Populations][];
        for (var p = 0; p < options.Populations; p++)
        {
            var random = new SplitMix64(SeedMixer.Derive(options.Seed, 3, (ulong)p));
            populations[p] = new int[size][];
            for (var i = 0; i < size; i++)
            {
                var individual = Enumerable.Range(0, n).ToArray();
                Permutations.Shuffle(individual, ref random);
                populations[p][i] = individual;
            }
        }
        Score();

        var history = new List<double> { BestScore() };
        var generation = 0;
        string stopReason;
        while (true)
        {
            if (generation >= options.MaxGenerations)
            {
                stopReason = $"reached the limit of {options.MaxGenerations} generations";
                break;
            }
            if (generation >= options.StopWindow && Math.Abs(history[generation] - history[generation - options.StopWindow]) < options.StopImprovement)
            {
                stopReason = $"the best improved by less than {options.StopImprovement} over {options.StopWindow} generations";
                break;
            }
            if (cancellation.IsCancellationRequested)
            {
                stopReason = "stopped by the time limit";
                break;
            }
            generation++;
            for (var p = 0; p < options.Populations; p++)
            {
                var random = new SplitMix64(SeedMixer.Derive(options.Seed, 4, (ulong)(generation * options.Populations + p)));
                populations[p] = Breed(populations[p], scores[p], elites, mutants, options, ref random);
            }
            Score();
            if (options.MigrationInterval > 0 && generation % options.MigrationInterval == 0 && options.Populations > 1)
                Migrate();
            history.Add(BestScore());
            progress?.Report(new OptimizationProgress("generation", generation, options.MaxGenerations, history[^1], evaluations));
        }

        var sorted = cache.OrderBy(e => SequenceFitness.Key(e.Value, objective)).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value));
        var classes = SequenceFitness.Classes(sorted, Math.Max(options.Top, 10));
        progress?.Report(new OptimizationProgress($"racing {classes.Count} leaders on {options.RaceReplications:N0} replications", 0, classes.Count, history[^1], evaluations));
        var raced = fitness.MeanOfEach(classes.Select(c => Decode(c.Representative)).ToList(), options.RaceReplications);
        evaluations += classes.Count;
        var leaders = Enumerable.Range(0, classes.Count).OrderBy(i => SequenceFitness.Key(raced[i], objective)).ThenBy(i => i).Take(options.Top)
            .Select(i => (Decode(classes[i].Representative), raced[i], options.RaceReplications, classes[i].Members)).ToList();
        progress?.Report(new OptimizationProgress("re-estimating the leaders", 0, leaders.Count, history[^1], evaluations));
        var top = fitness.Reestimate(leaders, options.FinalReplications);
        return new OptimizationResult("ga", objective, top[0], top, evaluations, fitness.ReplicationsSimulated, generation, stopReason, null, null);

        void Score()
        {
            var fresh = new List<int[]>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var population in populations)
            {
                foreach (var individual in population)
                {
                    var key = Encode(individual);
                    if (!cache.ContainsKey(key) && seen.Add(key))
                        fresh.Add(individual);
                }
            }
            var values = fitness.MeanOfEach(fresh, options.Replications);
            for (var i = 0; i < fresh.Count; i++)
                cache[Encode(fresh[i])] = values[i];
            evaluations += fresh.Count;
            for (var p = 0; p < populations.Length; p++)
                scores[p] = populations[p].Select(x => cache[Encode(x)]).ToArray();
        }

        double BestScore()
        {
            var best = scores[0][0];
            foreach (var population in scores)
            {
                foreach (var s in population)
                {
                    if (SequenceFitness.Better(s, best, objective))
                        best = s;
                }
            }
            return best;
        }

        void Migrate()
        {
            var emigrants = populations.Select((pop, p) => pop[IndexOfBest(scores[p], objective)]).ToArray();
            for (var p = 0; p < populations.Length; p++)
            {
                var target = (p + 1) % populations.Length;
                var worst = IndexOfBest(scores[target], objective == Objective.Minimize ? Objective.Maximize : Objective.Minimize);
                populations[target][worst] = (int[])emigrants[p].Clone();
                scores[target][worst] = cache[Encode(emigrants[p])];
            }
        }
    }

    private static int[][] Breed(int[][] population, double[] scores, int elites, int mutants, GeneticAlgorithmOptions o, ref SplitMix64 random)
    {
        var size = population.Length;
        var order = Enumerable.Range(0, size).OrderBy(i => SequenceFitness.Key(scores[i], o.Objective)).ThenBy(i => i).ToArray();
        var next = new int[size][];
        var k = 0;
        for (; k < elites && k < size; k++)
            next[k] = (int[])population[order[k]].Clone();
        for (; k < size - mutants; k++)
        {
            var child = new int[population[0].Length];
            o.Crossover.Cross(population[Tournament(scores, o, ref random)], population[Tournament(scores, o, ref random)], child, ref random);
            next[k] = child;
        }
        for (; k < size; k++)
        {
            var mutant = (int[])population[Tournament(scores, o, ref random)].Clone();
            o.Mutation.Mutate(mutant, ref random);
            next[k] = mutant;
        }
        return next;
    }

    private static int Tournament(double[] scores, GeneticAlgorithmOptions o, ref SplitMix64 random)
    {
        var winner = (int)(random.NextUInt64() % (ulong)scores.Length);
        for (var t = 1; t < o.TournamentSize; t++)
        {
            var challenger = (int)(random.NextUInt64() % (ulong)scores.Length);
            if (SequenceFitness.Better(scores[challenger], scores[winner], o.Objective))
                winner = challenger;
        }
        return winner;
    }

    private static int IndexOfBest(double[] scores, Objective objective)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (SequenceFitness.Better(scores[i], scores[best], objective))
                best = i;
        }
        return best;
    }

    private static string Encode(int[] sequence) => string.Create(sequence.Length, sequence, (span, s) =>
    {
        for (var i = 0; i < s.Length; i++)
            span[i] = (char)('A' + s[i]);
    });

    private static int[] Decode(string key) => key.Select(c => c - 'A').ToArray();

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
