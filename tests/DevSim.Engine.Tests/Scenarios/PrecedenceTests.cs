using DevSim.Engine.Optimization;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Scenarios;

/// <summary>Precedence constraints (docs/model.md#precedence-constraints): validation, repair, searches that respect them, and dynamic policies that wait for predecessors.</summary>
public class PrecedenceTests
{
    private static Scenario Build(double[] durations, PrecedencePair[] pairs, int[]? sequence = null, double[][]? probability = null, double[][]? impact = null)
    {
        var definition = TestScenarios.Definition(durations, probability, impact);
        foreach (var pair in pairs)
            definition.Precedence.Add(pair);
        if (sequence is not null)
            definition.Sequence = sequence;
        return Scenario.Create(definition);
    }

    /// <summary>A random process of <paramref name="n"/> tasks, dense rework, and random acyclic pairs (each kept with probability <paramref name="density"/>).</summary>
    private static Scenario RandomConstrained(int n, double density, int seed)
    {
        var random = new Random(seed);
        var rp = TestScenarios.Zero(n);
        var ri = TestScenarios.Zero(n);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i != j && random.NextDouble() < 0.5)
                    (rp[i][j], ri[i][j]) = (Math.Round(random.NextDouble(), 2), Math.Round(random.NextDouble() * 0.8, 2));
            }
        }
        var hidden = Enumerable.Range(1, n).OrderBy(_ => random.Next()).ToArray(); // pairs follow this order: no cycle
        var pairs = new List<PrecedencePair>();
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                if (random.NextDouble() < density)
                    pairs.Add(new PrecedencePair(hidden[a], hidden[b]));
            }
        }
        var durations = Enumerable.Range(0, n).Select(_ => 1.0 + random.Next(10)).ToArray();
        return Build(durations, [.. pairs], probability: rp, impact: ri);
    }

    private static long BruteForceCount(Scenario scenario)
    {
        var order = Enumerable.Range(0, scenario.TaskCount).ToArray();
        long count = 0;
        do
        {
            if (scenario.Precedence.IsRespectedBy(order))
                count++;
        }
        while (Permutations.Next(order));
        return count;
    }

    [Fact]
    public void Create_Cycle_IsReportedWithItsTasks()
    {
        var definition = TestScenarios.Definition([1, 2, 3, 4]);
        foreach (var pair in new PrecedencePair[] { new(4, 1), new(1, 3), new(3, 2), new(2, 1) })
            definition.Precedence.Add(pair);
        var error = Assert.Throws<ScenarioException>(() => Scenario.Create(definition));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("precedence", problem.Key);
        Assert.Contains("1 -> 3 -> 2 -> 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PairNamingAMissingTaskOrItself_IsReportedByEntry()
    {
        var definition = TestScenarios.Definition([1, 2, 3]);
        definition.Precedence.Add(new PrecedencePair(1, 7));
        definition.Precedence.Add(new PrecedencePair(2, 2));
        var error = Assert.Throws<ScenarioException>(() => Scenario.Create(definition));
        Assert.Equal(["precedence, pair 1", "precedence, pair 2"], error.Problems.Select(p => p.Key));
        Assert.Contains("task 7", error.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sequence_BreakingAPair_IsRefusedNamingThePair()
    {
        var error = Assert.Throws<ScenarioException>(() => Build([1, 2, 3], [new(3, 1)], sequence: [1, 2, 3]));
        Assert.Contains("breaks precedence [3, 1]", Assert.Single(error.Problems).Message, StringComparison.Ordinal);

        var scenario = Build([1, 2, 3], [new(3, 1)]);
        Assert.Equal([2, 3, 1], scenario.DefaultSequence); // none given: 1..n with each task moved just behind its predecessors
        var refused = Assert.Throws<ScenarioException>(() => scenario.CheckSequence([1, 3, 2]));
        Assert.Contains("[3, 1]", refused.Problems[0].Message, StringComparison.Ordinal);
        Assert.Throws<ScenarioException>(() => new DevSim.Engine.Evaluation.SingleProjectEvaluator(scenario).Evaluate([1, 3, 2]));
    }

    [Fact]
    public void Repair_AnyOrder_RespectsThePairsAndLeavesRespectingOrdersAlone()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var scenario = RandomConstrained(8, 0.3, seed);
            var random = new Random(seed);
            var order = Enumerable.Range(0, 8).OrderBy(_ => random.Next()).ToArray();
            var wasRespecting = scenario.Precedence.IsRespectedBy(order);
            var before = (int[])order.Clone();
            scenario.Precedence.Repair(order);
            Assert.True(Permutations.IsPermutation(order));
            Assert.True(scenario.Precedence.IsRespectedBy(order), $"seed {seed}");
            if (wasRespecting)
                Assert.Equal(before, order);
        }
    }

    [Theory]
    [InlineData(5, new[] { 1, 2, 2, 3 }, 20)]          // a chain of 3 among 5 tasks: 5!/3!
    [InlineData(4, new[] { 1, 2 }, 12)]                // one pair: half of 4!
    [InlineData(5, new[] { 1, 2, 2, 3, 4, 5 }, 10)]    // chains of 3 and 2 interleaved: C(5, 2)
    [InlineData(4, new[] { 1, 2, 2, 3, 3, 4 }, 1)]     // a total order
    [InlineData(4, new[] { 1, 4, 2, 4, 3, 4 }, 6)]     // one task after three others: 3!
    public void Exhaustive_CountsExactlyTheOrdersThatRespectThePairs(int n, int[] flatPairs, long expected)
    {
        var pairs = flatPairs.Chunk(2).Select(p => new PrecedencePair(p[0], p[1])).ToArray();
        var rp = TestScenarios.Cells(n, (1, n, 0.5), (2, 1, 0.3));
        var scenario = Build([.. Enumerable.Range(1, n).Select(d => (double)d)], pairs, probability: rp, impact: rp);
        var result = new ExhaustiveSearch(scenario).Run(new ExhaustiveSearchOptions { FirstPassReplications = 20, Survivors = 4, FinalReplications = 200, MaxRoundReplications = 2_000 });
        Assert.Equal(expected, result.SequencesRespectingPrecedence);
        Assert.Equal(expected, BruteForceCount(scenario));
        Assert.All(result.Top, s => Assert.Null(scenario.Precedence.BrokenBy(s.Sequence)));
    }

    [Fact]
    public void Searches_OnRandomConstrainedProcesses_NeverReturnABrokenOrder()
    {
        for (var seed = 0; seed < 12; seed++)
        {
            var scenario = RandomConstrained(6, 0.25, seed);
            var exhaustive = new ExhaustiveSearch(scenario).Run(new ExhaustiveSearchOptions
            {
                FirstPassReplications = 20,
                Survivors = 20,
                FinalReplications = 500,
                MaxRoundReplications = 2_000,
                Objective = seed % 2 == 0 ? Objective.Minimize : Objective.Maximize,
            });
            Assert.Equal(BruteForceCount(scenario), exhaustive.SequencesRespectingPrecedence);
            var ga = new GeneticAlgorithm(scenario).Run(new GeneticAlgorithmOptions
            {
                Populations = 2,
                PopulationSize = 20,
                MaxGenerations = 15,
                Replications = 100,
                RaceReplications = 500,
                FinalReplications = 500,
                Seed = (ulong)seed,
                Crossover = seed % 3 == 0 ? new OrderedCrossover() : new PartiallyMappedCrossover(),
                Mutation = seed % 2 == 0 ? new InversionMutation() : new SwapMutation(),
            });
            foreach (var found in exhaustive.Top.Concat(ga.Top))
                Assert.True(scenario.Precedence.BrokenBy(found.Sequence) is null, $"seed {seed}: {string.Join(",", found.Sequence)} breaks {scenario.Precedence.BrokenBy(found.Sequence)}");
        }
    }

    [Theory]
    [InlineData(SequencingPolicy.Dynamic)]
    [InlineData(SequencingPolicy.ReworkAware)]
    public void DynamicPolicies_StartATaskOnlyAfterItsPredecessors(SequencingPolicy policy)
    {
        // Shared resources make queues, so both policies do switch; pairs reach across the sequence.
        var outOfOrder = 0;
        for (var seed = 0; seed < 6; seed++)
        {
            var scenario = RandomConstrained(7, 0.2, 100 + seed);
            var recorder = new FirstStarts(scenario.DefaultSequence);
            new MultiProjectSimulator(scenario).Run(new SimulationOptions
            {
                Policy = policy,
                Arrivals = new PoissonArrivals(scenario.Tasks.Max(t => t.Duration) * 1.6),
                Projects = 400,
                Replications = 1,
                Observer = recorder,
            });
            outOfOrder += recorder.OutOfOrder;
            foreach (var ((project, task), start) in recorder.Start)
            {
                foreach (var pair in scenario.Precedence.Pairs.Where(p => p.AfterId == task))
                    Assert.True(recorder.End.TryGetValue((project, pair.BeforeId), out var end) && end <= start,
                        $"seed {seed}, project {project}: task {task} started at {start} before task {pair.BeforeId} was executed");
            }
        }
        Assert.True(outOfOrder > 100, $"only {outOfOrder} first executions left the sequence: the test would show nothing");
    }

    /// <summary>Each project's first start and first end of every task, and how often a task first started before an earlier one of the sequence.</summary>
    private sealed class FirstStarts(IReadOnlyList<int> sequence) : IExecutionObserver
    {
        public Dictionary<(int Project, int Task), double> Start { get; } = [];

        public Dictionary<(int Project, int Task), double> End { get; } = [];

        public int OutOfOrder { get; private set; }

        public void OnExecution(in ExecutionRecord record)
        {
            if (!Start.TryAdd((record.Project, record.Task), record.Start))
                return;
            End[(record.Project, record.Task)] = record.End;
            // A project runs one execution at a time and executions arrive in order of their ends, so an earlier task
            // of the sequence not seen yet has not started yet.
            var task = record.Task;
            foreach (var earlier in sequence.TakeWhile(t => t != task))
            {
                if (!Start.ContainsKey((record.Project, earlier)))
                {
                    OutOfOrder++;
                    break;
                }
            }
        }
    }
}
