using DevSim.Engine.Evaluation;
using DevSim.Engine.Optimization;
using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DevSim.Engine.Tests.Evaluation;

/// <summary>
/// Sequences evaluated together on a tree of shared first tasks (<see cref="SharedPrefixRun"/>) against
/// the plain loop that runs each sequence on its own (<see cref="SingleProjectRun"/>): the sums of
/// durations must be the same bits, since the searches' results (and the digest tests) rest on them.
/// </summary>
public class SharedPrefixRunTests
{
    /// <summary>A random process, a set of its sequences (many sharing first tasks, some repeated) and a range of replications.</summary>
    public sealed record Draw(int Tasks, int Density, ulong ScenarioSeed, int[][] Sequences, ulong Seed, int First, int Count);

    private static readonly Gen<Draw> Cases =
        from tasks in Gen.Choose(1, 8)
        from density in Gen.Choose(0, 10)
        from scenarioSeed in Gen.Choose(0, 1000).Select(i => (ulong)i)
        from count in Gen.Choose(1, 40)
        from shuffles in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), count)
        from keep in Gen.ArrayOf(Gen.Choose(0, 8), count)
        from seed in Gen.Choose(0, 1000).Select(i => (ulong)i)
        from first in Gen.Choose(0, 50)
        from reps in Gen.Choose(1, 20)
        select new Draw(tasks, density, scenarioSeed, Sequences(tasks, shuffles, keep), seed, first, reps);

    // Each sequence keeps the first `keep` tasks of the previous one and shuffles the rest, so prefixes of every length are shared.
    private static int[][] Sequences(int tasks, int[] shuffles, int[] keep)
    {
        var result = new int[shuffles.Length][];
        var previous = Enumerable.Range(0, tasks).ToArray();
        for (var i = 0; i < shuffles.Length; i++)
        {
            var next = (int[])previous.Clone();
            var random = new SplitMix64((ulong)shuffles[i]);
            Permutations.Shuffle(next.AsSpan(Math.Min(keep[i], tasks)), ref random);
            result[i] = previous = next;
        }
        return result;
    }

    [Property(MaxTest = 200)]
    public Property AddDurations_AnySequences_SameBitsAsEachRunAlone() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var scenario = RandomScenario.Create(c.Tasks, c.Density / 10.0, c.ScenarioSeed);
            return Matches(scenario, c.Sequences, c.Seed, c.First, c.Count);
        });

    public static TheoryData<string> Readings => new() { "probability", "amount", "sum", "rows" };

    [Theory]
    [MemberData(nameof(Readings))]
    public void AddDurations_EveryReadingOfThePaper_SameBitsAsEachRunAlone(string reading)
    {
        var readings = reading switch
        {
            "probability" => new ModelReadings { ScaledProbability = false },
            "amount" => new ModelReadings { ScaledAmount = false },
            "sum" => new ModelReadings { Pending = PendingRework.Sum },
            _ => new ModelReadings { CausingTaskRows = true },
        };
        var mouse = TestScenarios.Mouse.WithReadings(readings);
        var sequences = Sequences(9, [.. Enumerable.Range(0, 60)], [.. Enumerable.Range(0, 60).Select(i => i % 9)]);
        Assert.True(Matches(mouse, sequences, seed: 7, first: 0, count: 30));
    }

    [Fact]
    public void AddDurations_EveryOrderOfTheMouseInOneTree_SameBitsAsEachRunAlone()
    {
        // 5,040 orders sharing the mouse's first two tasks: the exhaustive search's deepest sharing.
        var orders = new List<int[]>();
        var sequence = new int[] { 4, 8, 0, 1, 2, 3, 5, 6, 7 };
        do
            orders.Add((int[])sequence.Clone());
        while (Permutations.Next(sequence.AsSpan(2)) && orders.Count < 5040);
        Assert.True(Matches(TestScenarios.Mouse, [.. orders], seed: 3, first: 100, count: 3));
    }

    [Fact]
    public void AddDurations_ReworkCycleAtFullSize_ReportsDivergenceAsARunAloneDoes()
    {
        var scenario = TestScenarios.Build([1, 1],
            TestScenarios.Cells(2, (1, 2, 1.0), (2, 1, 1.0)), TestScenarios.Cells(2, (1, 2, 1.0), (2, 1, 1.0)));
        var run = new SharedPrefixRun(new ProcessModel(scenario));
        Assert.Throws<ReworkDivergenceException>(() => run.AddDurations([[0, 1], [1, 0]], 1, 0, 1, new double[2]));
    }

    [Fact]
    public void AddDurations_SteadyUse_AllocatesNothing()
    {
        var model = new ProcessModel(TestScenarios.Mouse);
        var sequences = Sequences(9, [.. Enumerable.Range(0, 50)], [.. Enumerable.Range(0, 50).Select(i => i % 9)]);
        Array.Sort(sequences, SharedPrefixRun.Compare);
        var run = new SharedPrefixRun(model);
        var sums = new double[sequences.Length];
        run.AddDurations(sequences, 1, 0, 5, sums); // grows the saved states once
        var before = GC.GetAllocatedBytesForCurrentThread();
        run.AddDurations(sequences, 1, 5, 50, sums);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static bool Matches(Scenario scenario, int[][] sequences, ulong seed, int first, int count)
    {
        var model = new ProcessModel(scenario);
        var sorted = sequences.OrderBy(s => s, Comparer<int[]>.Create(SharedPrefixRun.Compare)).ToArray();
        var shared = new double[sorted.Length];
        new SharedPrefixRun(model).AddDurations(sorted, seed, first, first + count, shared);
        var alone = new SingleProjectRun(model);
        for (var i = 0; i < sorted.Length; i++)
        {
            var sum = 0.0;
            for (var r = first; r < first + count; r++)
                sum += alone.Run(sorted[i], SeedMixer.Derive(seed, (ulong)r));
            if (BitConverter.DoubleToInt64Bits(sum) != BitConverter.DoubleToInt64Bits(shared[i]))
                return false;
        }
        return true;
    }
}
