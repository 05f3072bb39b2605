using DevSim.Engine.Evaluation;
using DevSim.Engine.Experiments;
using DevSim.Engine.Optimization;
using DevSim.Engine.Randomness;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Tests.Experiments;

/// <summary>How an experiment becomes cells, and that a cell's numbers depend on its identity alone.</summary>
public class ExperimentPlanTests
{
    private static Experiment Small(params double[] interarrivals) => new()
    {
        Scenarios = [TestScenarios.Mouse],
        Interarrivals = interarrivals,
        Projects = 300,
        Replications = 3,
        Seed = 9,
    };

    [Fact]
    public void Points_RunScenarioThenSequenceThenPolicyThenInterarrival()
    {
        var plan = ExperimentPlan.Create(Small(14, 18) with
        {
            Sequences = [SequenceChoice.ScenarioOwn, new SequenceChoice("reverse", SequenceSource.Explicit, [9, 8, 7, 6, 5, 4, 3, 2, 1])],
        });
        Assert.Equal(2 * 2 * 2, plan.Points.Count);
        Assert.Equal(8 * 3, plan.CellCount);
        Assert.Equal(Enumerable.Range(0, 8), plan.Points.Select(p => p.Index));
        Assert.Equal(("scenario", SequencingPolicy.Static, 14.0), (plan.Points[0].SequenceLabel, plan.Points[0].Policy, plan.Points[0].Interarrival!.Value));
        Assert.Equal(("scenario", SequencingPolicy.Dynamic, 18.0), (plan.Points[3].SequenceLabel, plan.Points[3].Policy, plan.Points[3].Interarrival!.Value));
        Assert.Equal("reverse", plan.Points[4].SequenceLabel);
        Assert.Equal((plan.Points[2], 2), (plan.PointOf(8), plan.ReplicationOf(8)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(40)]
    public void Shards_CoverEveryCellExactlyOnce(int shards)
    {
        var plan = ExperimentPlan.Create(Small(14, 16, 18, 20));
        var all = Enumerable.Range(0, shards).SelectMany(k => plan.Shard(k, shards)).Order().ToList();
        Assert.Equal(Enumerable.Range(0, plan.CellCount), all);
        Assert.All(plan.Shard(1 % shards, shards), c => Assert.Equal(1 % shards, c % shards));
    }

    [Fact]
    public void Cell_EqualsThatReplicationOfSimulate()
    {
        var experiment = Small(15);
        var plan = ExperimentPlan.Create(experiment);
        var whole = new MultiProjectSimulator(TestScenarios.Mouse).Run(new SimulationOptions
        {
            Policy = SequencingPolicy.Dynamic,
            Arrivals = new PoissonArrivals(15),
            Projects = 300,
            Replications = 3,
            Seed = 9,
        });
        for (var r = 0; r < 3; r++)
        {
            var cell = plan.RunCell(3 + r); // point 1: dynamic at 15
            Assert.Equal(whole.Replications[r].Duration.Mean, cell.Duration.Mean);
            Assert.Equal(whole.Replications[r].Waiting, cell.Waiting);
            Assert.Equal(whole.Replications[r].Events, cell.Events);
        }
    }

    [Fact]
    public void Cell_DoesNotDependOnWhatElseTheExperimentHolds()
    {
        // The same point in a bigger grid (more interarrivals, another policy first) gives the same numbers.
        var small = ExperimentPlan.Create(Small(15) with { Policies = [SequencingPolicy.Dynamic] });
        var big = ExperimentPlan.Create(Small(12, 15, 30));
        var inBig = big.Points.Single(p => p.Policy == SequencingPolicy.Dynamic && p.Interarrival == 15).Index * 3 + 2;
        Assert.Equal(small.RunCell(2) with { Cell = 0, Point = 0 }, big.RunCell(inBig) with { Cell = 0, Point = 0 }, CellComparer.Instance);
    }

    [Fact]
    public void IsolatedCell_IsTheMeanOfThatReplicationsOwnProjects()
    {
        var plan = ExperimentPlan.Create(Small() with { Arrivals = ArrivalPattern.Isolated, Policies = [SequencingPolicy.Static] });
        Assert.Null(Assert.Single(plan.Points).Interarrival);
        var cell = plan.RunCell(1);
        var expected = new SingleProjectEvaluator(TestScenarios.Mouse).Evaluate(TestScenarios.Mouse.DefaultSequence,
            new EvaluationOptions { Replications = 300, Seed = SeedMixer.Derive(9, 1) });
        Assert.Equal(expected.Duration.Mean, cell.Duration.Mean, 12);
        Assert.Equal(expected.Tasks.Sum(t => t.ReworkTime), cell.Rework, 12);
        Assert.Equal(0, cell.Waiting);
        Assert.True(cell.Duration.P50 <= cell.Duration.P90 && cell.Duration.P90 <= cell.Duration.P99);
    }

    [Fact]
    public void Overload_IsAResultNamingTheResource()
    {
        // Top case design needs about 12.6 days per project: arrivals every 8 days swamp it.
        var plan = ExperimentPlan.Create(Small(8) with { Policies = [SequencingPolicy.Static], Projects = 3_000 });
        var cell = plan.RunCell(0);
        Assert.Equal("Top case design", cell.Overloaded);
        var summary = PointSummary.From(plan.Points[0], [cell, plan.RunCell(1), plan.RunCell(2)]);
        Assert.Equal((3, "Top case design", "Top case design"), (summary.OverloadedReplications, summary.Overloaded, summary.Bottleneck));
        Assert.True(summary.BottleneckLoad > 1);
    }

    [Fact]
    public void Search_IsSeededFromTheExperimentAndScenarioOnly_AndReusedWhenKnown()
    {
        var quick = new GeneticAlgorithmOptions { Populations = 2, PopulationSize = 20, MaxGenerations = 3, Replications = 100, RaceReplications = 200, FinalReplications = 500 };
        var experiment = Small(15) with { Sequences = [SequenceChoice.Optimal, SequenceChoice.Worst], Search = quick };
        var searched = new List<string>();
        var first = ExperimentPlan.Create(experiment, searching: (s, source) => searched.Add($"{s}/{source}"), maxDegreeOfParallelism: 1);
        var again = ExperimentPlan.Create(experiment);
        Assert.Equal(["optical-mouse/Optimal", "optical-mouse/Worst"], searched);
        Assert.Equal(first.Found, again.Found, FoundComparer.Instance);
        Assert.True(first.Found[0].Duration < first.Found[1].Duration);

        searched.Clear();
        var reused = ExperimentPlan.Create(experiment, first.Found, (s, source) => searched.Add(s));
        Assert.Empty(searched);
        Assert.Equal(first.Points.Select(p => string.Join(',', p.Sequence)), reused.Points.Select(p => string.Join(',', p.Sequence)));
    }

    [Fact]
    public void Fingerprint_ChangesWithAnythingThatChangesTheNumbers()
    {
        var e = Small(15);
        var same = Small(15);
        Assert.Equal(e.Fingerprint(), same.Fingerprint());
        Assert.NotEqual(e.Fingerprint(), (e with { Seed = 10 }).Fingerprint());
        Assert.NotEqual(e.Fingerprint(), (e with { Interarrivals = [15.5] }).Fingerprint());
        Assert.NotEqual(e.Fingerprint(), (e with { Warmup = 31 }).Fingerprint());
        Assert.NotEqual(e.Fingerprint(), (e with { Scenarios = [ScenarioReader.LoadBuiltIn("optical-mouse-balanced")] }).Fingerprint());
        Assert.Equal(e.Fingerprint(), (e with { Warmup = 30 }).Fingerprint()); // 30 is the default 10%: same numbers
    }

    [Fact]
    public void Fingerprint_ChangesWithTheScenariosReadings()
    {
        // A sweep resumed after a scenario's model: block changed must not reuse cells simulated under the old reading.
        var e = Small(15);
        var mouse = e.Scenarios[0];
        Assert.NotEqual(e.Fingerprint(), (e with { Scenarios = [mouse.WithReadings(new ModelReadings { Pending = PendingRework.Sum })] }).Fingerprint());
        Assert.Equal(e.Fingerprint(), (e with { Scenarios = [mouse.WithReadings(ModelReadings.Default)] }).Fingerprint());
    }

    [Fact]
    public void NameHash_IsStableAcrossRuns()
    {
        // Seeds derived from names must not change between processes or machines (string.GetHashCode does).
        Assert.Equal(SeedMixer.Hash("optical-mouse"), SeedMixer.Hash("optical-mouse"));
        // FNV-1a's published values: the offset basis for "", 0xaf63dc4c8601ec8c for "a"; then mixed.
        Assert.Equal(SeedMixer.Mix(0xCBF29CE484222325UL), SeedMixer.Hash(""));
        Assert.Equal(SeedMixer.Mix(0xAF63DC4C8601EC8CUL), SeedMixer.Hash("a"));
        Assert.NotEqual(SeedMixer.Hash("optical-mouse"), SeedMixer.Hash("optical-mouse-balanced"));
    }

    private sealed class CellComparer : IEqualityComparer<CellResult>
    {
        public static readonly CellComparer Instance = new();

        public bool Equals(CellResult? x, CellResult? y) =>
            x is not null && y is not null && (x with { Resources = [], Diagnostics = null, DurationSketch = null }) == (y with { Resources = [], Diagnostics = null, DurationSketch = null }) &&
            x.Resources.SequenceEqual(y.Resources) && SameDiagnostics(x.Diagnostics, y.Diagnostics) && SameSketch(x.DurationSketch, y.DurationSketch);

        private static bool SameSketch(SketchBuckets? x, SketchBuckets? y) =>
            x is null ? y is null : y is not null && x.Zeros == y.Zeros && x.Min.Equals(y.Min) && x.Max.Equals(y.Max) && x.Start == y.Start &&
                x.Counts.SequenceEqual(y.Counts);

        private static bool SameDiagnostics(CellDiagnostics? x, CellDiagnostics? y) =>
            x is null ? y is null : y is not null && x.MserCut == y.MserCut && x.Series.Means.SequenceEqual(y.Series.Means) &&
                x.DurationBatches.SequenceEqual(y.DurationBatches) && x.LoadPerProject.SequenceEqual(y.LoadPerProject);

        public int GetHashCode(CellResult obj) => obj.Cell;
    }

    private sealed class FoundComparer : IEqualityComparer<FoundSequence>
    {
        public static readonly FoundComparer Instance = new();

        public bool Equals(FoundSequence? x, FoundSequence? y) =>
            x is not null && y is not null && x.Sequence.SequenceEqual(y.Sequence) && x.Duration == y.Duration && x.Source == y.Source;

        public int GetHashCode(FoundSequence obj) => obj.Duration.GetHashCode();
    }
}
