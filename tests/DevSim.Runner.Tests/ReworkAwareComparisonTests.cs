using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;
using DevSim.Runner.Replay;

namespace DevSim.Runner.Tests;

/// <summary>
/// The replay's verdict on the rework-aware policy at one grid point (issue 9's bar), on hand-built
/// points whose per-replication means are known, so each paired difference is known exactly.
/// </summary>
public class ReworkAwareComparisonTests
{
    // Replication noise shared by the three policies, as common random numbers give.
    private static readonly double[] Noise = [0.0, 3.1, -2.4, 1.7, -0.9, 2.2, -1.5, 0.4, -3.0, 1.1];

    private static GridPoint Point(SequencingPolicy policy, double level, Func<int, double>? offset = null, bool overloaded = false)
    {
        var replications = Noise.Select((n, r) => new ReplicationResult
        {
            Replication = r,
            ProjectsCounted = 1000,
            Duration = new DurationStatistics { Mean = level + n + (offset?.Invoke(r) ?? 0), Sd = 1, P50 = 0, P90 = 0, P99 = 0 },
            Waiting = 0,
            Rework = level / 10,
            InSystem = 1,
            Resources = [],
            Events = 1000,
            Unstable = overloaded ? 0 : null,
            StoppedEarly = overloaded,
            EndTime = 1000,
        }).ToList();
        var durations = SampleSummary.From(replications.Select(x => x.Duration.Mean));
        var resources = new[] { new ResourceSummary("bottleneck", 1, durations, durations, durations, level / 100) };
        var result = new SimulationResult
        {
            Options = new SimulationOptions { Policy = policy },
            Sequence = [1],
            Duration = durations,
            DurationSd = 1,
            Percentiles = new DurationPercentiles { P50 = 0, P90 = 0, P99 = 0 },
            Waiting = durations,
            Rework = SampleSummary.From(replications.Select(x => x.Rework)),
            InSystem = durations,
            Resources = resources,
            Unstable = overloaded ? "bottleneck" : null,
            UnstableLoad = overloaded ? 1.02 : 0,
            Events = 1000,
            Replications = replications,
        };
        return new GridPoint(GridExperiment.Mouse, SequenceSource.Paper, policy, 16, result);
    }

    private static ReworkAwareComparison Compare(GridPoint statics, GridPoint dynamics, GridPoint aware) => new(16, statics, dynamics, aware);

    [Fact]
    public void ShorterThanBoth_WhenEveryPairedDifferenceIsNegative()
    {
        var c = Compare(Point(SequencingPolicy.Static, 100), Point(SequencingPolicy.Dynamic, 95), Point(SequencingPolicy.ReworkAware, 94));
        Assert.Same(c.Dynamic, c.Better);
        Assert.Equal(-1, c.VersusBetter.Mean, 9);
        Assert.Equal(0, c.VersusBetter.StandardDeviation, 9); // the shared noise cancels in the pairs
        Assert.Equal(ReworkAwareVerdict.ShorterThanBoth, c.Verdict);
    }

    [Fact]
    public void AsShortAsTheBetter_WhenThePairedCiContainsZero()
    {
        // Differences alternate +0.5 / -0.5: mean 0, CI around it.
        var c = Compare(Point(SequencingPolicy.Static, 90), Point(SequencingPolicy.Dynamic, 95),
            Point(SequencingPolicy.ReworkAware, 90, r => r % 2 == 0 ? 0.5 : -0.5));
        Assert.Same(c.Static, c.Better);
        Assert.True(c.VersusBetter.Ci95.Contains(0));
        Assert.Equal(ReworkAwareVerdict.AsShortAsTheBetter, c.Verdict);
    }

    [Fact]
    public void LongerThanTheBetter_WhenThePairedCiIsAboveZero_EvenIfItBeatsTheOther()
    {
        var c = Compare(Point(SequencingPolicy.Static, 100), Point(SequencingPolicy.Dynamic, 95), Point(SequencingPolicy.ReworkAware, 96));
        Assert.True(c.VersusStatic.Ci95.Upper < 0);
        Assert.Equal(ReworkAwareVerdict.LongerThanTheBetter, c.Verdict);
    }

    [Fact]
    public void Overload_CountsAgainstWhoeverHasIt()
    {
        var stableStatic = Point(SequencingPolicy.Static, 100);
        var overloadedDynamic = Point(SequencingPolicy.Dynamic, 500, overloaded: true);
        // Stable where both others are overloaded: shorter than both.
        Assert.Equal(ReworkAwareVerdict.ShorterThanBoth, Compare(Point(SequencingPolicy.Static, 400, overloaded: true), overloadedDynamic,
            Point(SequencingPolicy.ReworkAware, 600)).Verdict);
        // Overloaded where static is stable: longer than the better, however the means compare.
        var lost = Compare(stableStatic, overloadedDynamic, Point(SequencingPolicy.ReworkAware, 50, overloaded: true));
        Assert.Same(stableStatic, lost.Better);
        Assert.Equal(ReworkAwareVerdict.LongerThanTheBetter, lost.Verdict);
        // All three overloaded: nothing to compare.
        var none = Compare(Point(SequencingPolicy.Static, 400, overloaded: true), overloadedDynamic, Point(SequencingPolicy.ReworkAware, 300, overloaded: true));
        Assert.Null(none.Better);
        Assert.Equal(ReworkAwareVerdict.Overloaded, none.Verdict);
    }
}
