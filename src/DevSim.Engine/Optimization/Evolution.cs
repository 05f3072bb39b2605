using DevSim.Engine.Randomness;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Optimization;

/// <summary>
/// The state of one genetic search: the populations, their fitness values, every sequence evaluated
/// so far and the best value of each generation. <see cref="GeneticAlgorithm"/> decides when to stop
/// and what to report; this class only breeds, scores and migrates.
/// </summary>
/// <remarks>
/// Each sequence is evaluated once (a cache keyed by the sequence), on the shared selection
/// replications, so a sequence keeps its value for the whole search and duplicates cost nothing.
/// </remarks>
internal sealed class Evolution
{
    private readonly GeneticAlgorithmOptions _options;
    private readonly SequenceFitness _fitness;
    private readonly Dictionary<string, double> _cache = new(StringComparer.Ordinal);
    private readonly int[][][] _populations;
    private readonly double[][] _scores;
    private readonly int _elites;
    private readonly int _mutants;
    private readonly List<double> _history = [];
    private readonly PrecedenceConstraints _precedence;

    /// <summary>
    /// Generation 0: random permutations of <paramref name="taskCount"/> tasks, each repaired to respect
    /// <paramref name="precedence"/> (see <see cref="PrecedenceConstraints.Repair"/>), scored.
    /// </summary>
    /// <remarks>
    /// Every individual bred later is repaired the same way before it is scored, so the search only ever
    /// evaluates sequences that respect the constraints; without constraints the repair changes nothing.
    /// </remarks>
    public Evolution(int taskCount, GeneticAlgorithmOptions options, SequenceFitness fitness, PrecedenceConstraints precedence)
    {
        _options = options;
        _precedence = precedence;
        _fitness = fitness;
        var size = options.PopulationSize;
        _elites = (int)Math.Round(options.ReproductionRatio * size);
        _mutants = (int)Math.Round(options.MutationRatio * size);
        _populations = new int[options.Populations][][];
        _scores = new double[options.Populations][];
        for (var p = 0; p < options.Populations; p++)
        {
            var random = new SplitMix64(SeedMixer.Derive(options.Seed, SearchStreams.InitialPopulations, (ulong)p));
            _populations[p] = new int[size][];
            for (var i = 0; i < size; i++)
            {
                var individual = Enumerable.Range(0, taskCount).ToArray();
                Permutations.Shuffle(individual, ref random);
                precedence.Repair(individual);
                _populations[p][i] = individual;
            }
        }
        Score();
        _history.Add(BestScore());
    }

    /// <summary>The current generation (0 before any breeding).</summary>
    public int Generation { get; private set; }

    /// <summary>The best fitness of generations 0 to <see cref="Generation"/>.</summary>
    public IReadOnlyList<double> BestByGeneration => _history;

    /// <summary>Distinct sequences evaluated so far.</summary>
    public long Evaluations { get; private set; }

    /// <summary>Breeds the next generation of every population, scores it and, when due, migrates.</summary>
    public void Advance()
    {
        Generation++;
        var populations = _options.Populations;
        for (var p = 0; p < populations; p++)
        {
            var random = new SplitMix64(SeedMixer.Derive(_options.Seed, SearchStreams.Breeding, (ulong)(Generation * populations + p)));
            _populations[p] = Breeding.NextGeneration(_populations[p], _scores[p], _elites, _mutants, _options, ref random);
            foreach (var individual in _populations[p])
                _precedence.Repair(individual);
        }
        Score();
        if (_options.MigrationInterval > 0 && Generation % _options.MigrationInterval == 0 && populations > 1)
            RingMigration.Migrate(_populations, _scores, _options.Objective);
        _history.Add(BestScore());
    }

    /// <summary>Every sequence evaluated (0-based) with its fitness, best first; ties in the order of the sequences.</summary>
    public IEnumerable<(int[] Sequence, double Value)> EvaluatedBestFirst() =>
        _cache.OrderBy(e => SequenceFitness.Key(e.Value, _options.Objective)).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => (Decode(e.Key), e.Value));

    /// <summary>Evaluates the sequences not seen before (each once, in population order) and aligns every population's scores.</summary>
    private void Score()
    {
        var fresh = new List<int[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var population in _populations)
        {
            foreach (var individual in population)
            {
                var key = Encode(individual);
                if (!_cache.ContainsKey(key) && seen.Add(key))
                    fresh.Add(individual);
            }
        }
        var values = _fitness.MeanOfEach(fresh, _options.Replications);
        for (var i = 0; i < fresh.Count; i++)
            _cache[Encode(fresh[i])] = values[i];
        Evaluations += fresh.Count;
        for (var p = 0; p < _populations.Length; p++)
            _scores[p] = _populations[p].Select(x => _cache[Encode(x)]).ToArray();
    }

    private double BestScore()
    {
        var best = _scores[0][0];
        foreach (var population in _scores)
        {
            foreach (var s in population)
            {
                if (SequenceFitness.Better(s, best, _options.Objective))
                    best = s;
            }
        }
        return best;
    }

    // One char per task: a compact key that compares ordinally in the order of the sequences.
    private static string Encode(int[] sequence) => string.Create(sequence.Length, sequence, (span, s) =>
    {
        for (var i = 0; i < s.Length; i++)
            span[i] = (char)('A' + s[i]);
    });

    private static int[] Decode(string key) => key.Select(c => c - 'A').ToArray();
}
