using DevSim.Engine.Evaluation;
using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;
using MathNet.Numerics.Statistics;

namespace DevSim.Engine.Optimization;

/// <summary>
/// The fitness of a sequence during a search: its mean single-project duration over replications
/// 0..K-1 of one selection seed. Every candidate runs on the same replications (common random
/// numbers), so the search compares sequences, not luck. Values found here are biased by selection
/// (the winner's curse) and are never reported as a winner's value: see <see cref="Reestimate"/>.
/// </summary>
internal sealed class SequenceFitness
{
    private readonly ProcessModel _model;
    private readonly int _maxDegreeOfParallelism;

    public SequenceFitness(ProcessModel model, ulong seed, int maxDegreeOfParallelism)
    {
        _model = model;
        SelectionSeed = SeedMixer.Derive(seed, SearchStreams.Selection);
        ReportSeed = SeedMixer.Derive(seed, SearchStreams.Report);
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>The seed of the replications that selection uses.</summary>
    public ulong SelectionSeed { get; }

    /// <summary>The seed of the fresh, independent replications that reported values use.</summary>
    public ulong ReportSeed { get; }

    /// <summary>Replications simulated so far.</summary>
    public long ReplicationsSimulated => Interlocked.Read(ref _replications);

    private long _replications;

    /// <summary>Relative difference below which two fitness values are the same (equivalent sequences).</summary>
    public const double TieTolerance = 1e-10;

    public double Mean(ReadOnlySpan<int> sequence, int replications, SingleProjectRun run)
    {
        var sum = 0.0;
        for (var r = 0; r < replications; r++)
            sum += run.Run(sequence, SeedMixer.Derive(SelectionSeed, (ulong)r));
        Interlocked.Add(ref _replications, replications);
        return sum / replications;
    }

    /// <summary>Evaluates every sequence (0-based) with <paramref name="replications"/> replications, in parallel.</summary>
    /// <remarks>
    /// Each sequence runs its replications alone, one after another: over a generation's mostly unrelated orders this
    /// is faster than sharing their few common first tasks (<see cref="SharedPrefixRun"/>), which must take the
    /// sequences in turn within each replication (BENCHMARKS.md, issue 28, session 12).
    /// </remarks>
    public double[] MeanOfEach(IReadOnlyList<int[]> sequences, int replications)
    {
        // One sequence per chunk: each runs its replications on one thread, in replication order.
        return ChunkedReplications.OneByOne(sequences.Count, _maxDegreeOfParallelism).Run(
            () => new SingleProjectRun(_model), (chunk, run) => Mean(sequences[chunk.Index], replications, run));
    }

    /// <summary>
    /// Sets <paramref name="means"/>[i] to the mean over <paramref name="replications"/> replications of <paramref name="sorted"/>[i]
    /// (sequences of 0-based tasks in lexicographic order), on this thread with <paramref name="run"/>'s memory: the same bits as
    /// <see cref="Mean"/>, sharing the work of common first tasks.
    /// </summary>
    public void MeansOfSorted(ReadOnlySpan<int[]> sorted, int replications, SharedPrefixRun run, Span<double> means)
    {
        means.Clear();
        run.AddDurations(sorted, SelectionSeed, 0, replications, means);
        for (var i = 0; i < means.Length; i++)
            means[i] /= replications;
        Interlocked.Add(ref _replications, (long)replications * sorted.Length);
    }

    /// <summary>Per-replication differences a − b on the selection replications: a paired comparison.</summary>
    public RunningStatistics PairedDifference(int[] a, int[] b, int replications)
    {
        var difference = ChunkedReplications.Cheap(replications, _maxDegreeOfParallelism).Fold(
            () => new SingleProjectRun(_model), (chunk, run) =>
            {
                var stats = new RunningStatistics();
                for (var r = chunk.First; r < chunk.End; r++)
                {
                    var seed = SeedMixer.Derive(SelectionSeed, (ulong)r);
                    stats.Push(run.Run(a, seed) - run.Run(b, seed));
                }
                return stats;
            }, new RunningStatistics(), RunningStatistics.Combine);
        Interlocked.Add(ref _replications, 2L * replications);
        return difference;
    }

    /// <summary>Fresh, independent estimates for the reported sequences, on <see cref="ReportSeed"/>.</summary>
    public List<RankedSequence> Reestimate(IReadOnlyList<(int[] Sequence, double SelectionMean, int SelectionReps, int Equivalents)> leaders, int replications)
    {
        var evaluator = new SingleProjectEvaluator(_model.Scenario);
        var ranked = new List<RankedSequence>();
        foreach (var (sequence, selectionMean, selectionReps, equivalents) in leaders)
        {
            var ids = sequence.Select(t => t + 1).ToArray();
            var fresh = evaluator.Evaluate(ids, new EvaluationOptions
            {
                Replications = replications,
                Seed = ReportSeed,
                MaxDegreeOfParallelism = _maxDegreeOfParallelism,
            });
            Interlocked.Add(ref _replications, replications);
            ranked.Add(new RankedSequence(ids, fresh.Duration.Mean, fresh.Duration.StandardDeviation, fresh.Duration.Ci95,
                replications, selectionMean, selectionReps, equivalents));
        }
        return ranked;
    }

    /// <summary>
    /// Groups candidates already sorted best first into classes of equal fitness (equivalent
    /// sequences), keeping the first of each class and counting its members; at most <paramref name="classes"/> classes.
    /// </summary>
    /// <remarks>
    /// Equivalent sequences run the very same executions on every shared replication, summed in
    /// another order, so their means agree to rounding (about 1e-14 relative); sequences that differ
    /// in any execution differ by far more. Equal to 1e-10 relative therefore means equivalent.
    /// </remarks>
    public static List<(T Representative, double Value, int Members)> Classes<T>(IEnumerable<(T Item, double Value)> sorted, int classes)
    {
        var result = new List<(T, double, int)>();
        foreach (var (item, value) in sorted)
        {
            if (result.Count > 0 && Math.Abs(result[^1].Item2 - value) <= TieTolerance * Math.Abs(value))
            {
                result[^1] = (result[^1].Item1, value, result[^1].Item3 + 1);
                continue;
            }
            if (result.Count == classes)
                break;
            result.Add((item, value, 1));
        }
        return result;
    }

    /// <summary>Whether <paramref name="a"/> is better than <paramref name="b"/> under <paramref name="objective"/>.</summary>
    public static bool Better(double a, double b, Objective objective) => objective == Objective.Minimize ? a < b : a > b;

    /// <summary>Sort key: smaller is better under either objective.</summary>
    public static double Key(double mean, Objective objective) => objective == Objective.Minimize ? mean : -mean;
}
