using DevSim.Engine.Input;
using DevSim.Engine.Evaluation;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Optimization;

/// <summary>
/// Every sequence of a process of up to 10 tasks, evaluated: a cheap first pass over all n!
/// permutations on shared replications, then successive halving (each round keeps a tenth of the
/// leaders and gives them ten times the replications) until the leaders are few, a paired
/// comparison of the best with the runner-up, and fresh replications for the reported values.
/// With precedence constraints, only the orders that respect them are evaluated, and counted.
/// </summary>
public sealed class ExhaustiveSearch
{
    /// <summary>The largest process searched exhaustively (10! = 3,628,800 sequences).</summary>
    public const int MaxTasks = 10;

    private const int BlockSize = 720; // 6!: the permutations one work item walks in lexicographic order

    private readonly ProcessModel _model;

    /// <summary>Prepares a search over the sequences of <paramref name="scenario"/> (at most <see cref="MaxTasks"/> tasks).</summary>
    public ExhaustiveSearch(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.TaskCount > MaxTasks)
            throw new ArgumentException($"an exhaustive search handles up to {MaxTasks} tasks; {scenario.Name} has {scenario.TaskCount} (use the genetic algorithm)", nameof(scenario));
        _model = new ProcessModel(scenario);
    }

    /// <summary>Runs the search.</summary>
    public OptimizationResult Run(ExhaustiveSearchOptions options, IProgress<OptimizationProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        var n = _model.TaskCount;
        var objective = options.Objective;
        var fitness = new SequenceFitness(_model, options.Seed, options.MaxDegreeOfParallelism);
        var total = Permutations.Factorial(n);

        // First pass: every permutation, in blocks walked in lexicographic order.
        var scores = new double[total]; // doubles: exact ties then mean equivalent sequences, never rounding
        var precedence = _model.Scenario.Precedence;
        long feasible = 0;
        long done = 0;
        var blocks = new ChunkedReplications(total, BlockSize, options.MaxDegreeOfParallelism, cancellation);
        blocks.ForEach(() => new BlockMemory(_model, n), (block, local) =>
        {
            // A block's orders share their first n − 6 tasks and come in lexicographic order, as the shared run needs them.
            Permutations.Unrank(block.First, local.Sequence);
            var respecting = 0;
            for (var rank = block.First; rank < block.End; rank++)
            {
                // An order that breaks a precedence pair is never evaluated (NaN marks it; no simulation gives NaN).
                if (precedence.IsRespectedBy(local.Sequence))
                {
                    local.Sequence.CopyTo(local.Orders[respecting], 0);
                    local.Ranks[respecting++] = rank;
                }
                else
                {
                    scores[rank] = double.NaN;
                }
                Permutations.Next(local.Sequence);
            }
            var means = local.Means.AsSpan(0, respecting);
            fitness.MeansOfSorted(local.Orders.AsSpan(0, respecting), options.FirstPassReplications, local.Run, means);
            for (var i = 0; i < respecting; i++)
                scores[local.Ranks[i]] = means[i];
            Interlocked.Add(ref feasible, respecting);
            var finished = Interlocked.Add(ref done, block.Count);
            if (block.Index % 16 == 0)
                progress?.Report(new OptimizationProgress("first pass", finished, total, double.NaN, finished));
        });
        long evaluations = feasible;

        // Successive halving over the leading classes of equivalent sequences.
        var classes = SequenceFitness.Classes(
            Enumerable.Range(0, (int)total).Where(i => !double.IsNaN(scores[i])).OrderBy(i => SequenceFitness.Key(scores[i], objective)).ThenBy(i => i).Select(i => (i, scores[i])),
            options.Survivors);
        var leaders = classes.Select(c => Unranked(c.Representative, n)).ToList();
        var leaderMeans = classes.Select(c => c.Value).ToList();
        var members = classes.Select(c => c.Members).ToList();
        var reps = options.FirstPassReplications;
        var floor = Math.Max(options.Top, 2);
        var round = 1;
        while (true)
        {
            reps = (int)Math.Min((long)reps * 10, options.MaxRoundReplications);
            round++;
            progress?.Report(new OptimizationProgress($"round {round}: {leaders.Count} leaders x {reps:N0} replications", 0, leaders.Count, leaderMeans[0], evaluations));
            var means = fitness.MeanOfEach(leaders, reps);
            evaluations += leaders.Count;
            var order = Enumerable.Range(0, leaders.Count).OrderBy(i => SequenceFitness.Key(means[i], objective)).ThenBy(i => i).ToList();
            var next = leaders.Count <= floor || reps >= options.MaxRoundReplications ? leaders.Count : Math.Max(floor, leaders.Count / 10);
            leaders = order.Take(next).Select(i => leaders[i]).ToList();
            leaderMeans = order.Take(next).Select(i => means[i]).ToList();
            members = order.Take(next).Select(i => members[i]).ToList();
            if (next == order.Count)
                break;
        }

        // Is the best separated from the runner-up? A paired comparison on the last round's replications.
        Interval? difference = null;
        bool? separated = null;
        if (leaders.Count > 1)
        {
            var d = fitness.PairedDifference(leaders[1], leaders[0], reps);
            var summary = SampleSummary.From(d);
            difference = summary.Ci95;
            separated = !summary.Ci95.Contains(0);
        }

        var reported = leaders.Take(options.Top).Select((s, i) => (s, leaderMeans[i], reps, members[i])).ToList();
        progress?.Report(new OptimizationProgress("re-estimating the leaders", 0, reported.Count, leaderMeans[0], evaluations));
        var top = fitness.Reestimate(reported, options.FinalReplications);
        var reason = separated switch
        {
            true => "the best is separated from the runner-up (paired 95% CI excludes 0)",
            false => "the best and the runner-up are tied within the paired 95% CI",
            null => "only one sequence exists",
        };
        return new OptimizationResult("exhaustive", objective, top[0], top, evaluations, fitness.ReplicationsSimulated, null, reason, difference, separated)
        {
            SequencesRespectingPrecedence = precedence.IsEmpty ? null : feasible,
        };
    }

    /// <summary>One thread's memory for the first pass: the shared run and one block's orders, ranks and means.</summary>
    private sealed class BlockMemory(ProcessModel model, int n)
    {
        public SharedPrefixRun Run { get; } = new(model);
        public int[] Sequence { get; } = new int[n];
        public int[][] Orders { get; } = [.. Enumerable.Range(0, BlockSize).Select(_ => new int[n])];
        public long[] Ranks { get; } = new long[BlockSize];
        public double[] Means { get; } = new double[BlockSize];
    }

    private static int[] Unranked(long rank, int n)
    {
        var s = new int[n];
        Permutations.Unrank(rank, s);
        return s;
    }
}
