using DevSim.Engine.Evaluation;
using DevSim.Engine.Optimization;
using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;

namespace DevSim.Engine.Fidelity;

/// <summary>
/// Fitness values of the emulated search: the mean and standard deviation of K replications per
/// sequence. Under common random numbers a sequence's replications are 0..K-1 of the selection
/// stream and its value is cached; under fresh noise every evaluation has its own stream, keyed by
/// the generation and the individual's place, so the survivors are re-valued each generation.
/// </summary>
internal sealed class NoisyFitness(ProcessModel model, WinnersCurseOptions options)
{
    /// <summary>The stream of fresh-noise evaluations (beyond <see cref="SearchStreams"/>' keys).</summary>
    private const ulong FreshNoiseStream = 101;

    private readonly ulong _selectionSeed = SeedMixer.Derive(options.Search.Seed, SearchStreams.Selection);
    private readonly ulong _freshSeed = SeedMixer.Derive(options.Search.Seed, FreshNoiseStream);
    private readonly Dictionary<string, (double Mean, double Sd)> _cache = new(StringComparer.Ordinal);

    /// <summary>Fitness values computed so far.</summary>
    public long Evaluations { get; private set; }

    /// <summary>The mean and sd of every individual of every population in generation <paramref name="generation"/>.</summary>
    public (double Mean, double Sd)[][] Score(int[][][] populations, int generation)
    {
        var common = options.Noise == NoiseMode.CommonRandomNumbers;
        var work = new List<(int[] Sequence, ulong Seed)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < populations.Length; p++)
        {
            for (var i = 0; i < populations[p].Length; i++)
            {
                var individual = populations[p][i];
                if (common)
                {
                    var key = Key(individual);
                    if (!_cache.ContainsKey(key) && seen.Add(key))
                        work.Add((individual, _selectionSeed));
                }
                else
                {
                    work.Add((individual, SeedMixer.Derive(_freshSeed, (ulong)generation, (ulong)(p * populations[p].Length + i))));
                }
            }
        }
        var replications = options.Replications;
        var values = ChunkedReplications.OneByOne(work.Count, options.Search.MaxDegreeOfParallelism).Run(
            () => new SingleProjectRun(model), (chunk, run) => Estimate(run, work[chunk.Index].Sequence, work[chunk.Index].Seed, replications));
        Evaluations += work.Count;
        var result = new (double, double)[populations.Length][];
        var next = 0;
        for (var p = 0; p < populations.Length; p++)
        {
            result[p] = new (double, double)[populations[p].Length];
            for (var i = 0; i < populations[p].Length; i++)
            {
                if (!common)
                {
                    result[p][i] = values[next++];
                    continue;
                }
                var key = Key(populations[p][i]);
                if (!_cache.TryGetValue(key, out var value))
                {
                    value = values[next++];
                    _cache[key] = value;
                }
                result[p][i] = value;
            }
        }
        return result;
    }

    private static (double Mean, double Sd) Estimate(SingleProjectRun run, int[] sequence, ulong seed, int replications)
    {
        // Welford: stable for the long tails of the worst sequences.
        var mean = 0.0;
        var squares = 0.0;
        for (var r = 0; r < replications; r++)
        {
            var x = run.Run(sequence, SeedMixer.Derive(seed, (ulong)r));
            var delta = x - mean;
            mean += delta / (r + 1);
            squares += delta * (x - mean);
        }
        return (mean, replications > 1 ? Math.Sqrt(squares / (replications - 1)) : double.NaN);
    }

    private static string Key(int[] sequence) => string.Create(sequence.Length, sequence, (span, s) =>
    {
        for (var i = 0; i < s.Length; i++)
            span[i] = (char)('A' + s[i]);
    });
}
