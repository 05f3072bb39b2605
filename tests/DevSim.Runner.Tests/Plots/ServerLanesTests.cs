using DevSim.Engine.Simulation;
using DevSim.Runner.Cli;
using DevSim.Runner.Plots;

namespace DevSim.Runner.Tests.Plots;

/// <summary>The timeline's sub-lanes: executions that a resource's servers really ran never overlap on one sub-lane.</summary>
public class ServerLanesTests
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Assign_RandomExecutionsOfServers_NoTwoOverlapOnASubLaneAndNoMoreSubLanesThanServers(int seed)
    {
        var random = new Random(seed);
        var capacities = Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(1, 4)).ToArray();
        var items = new List<GanttItem>();
        // Each server of each resource runs executions one after another, sometimes back to back; the server is then forgotten.
        for (var lane = 0; lane < capacities.Length; lane++)
        {
            for (var s = 0; s < capacities[lane]; s++)
            {
                var t = random.NextDouble() * 5;
                for (var k = random.Next(0, 30); k > 0; k--)
                {
                    var end = t + (random.Next(4) == 0 ? 0 : random.NextDouble() * 10);
                    items.Add(new GanttItem(lane, t, end, random.Next(30), random.Next(1, 10), random.Next(3) == 0));
                    t = random.Next(3) == 0 ? end : end + random.NextDouble() * 4;
                }
            }
        }
        items = [.. items.OrderBy(_ => random.Next())];

        var (server, subLanes) = ServerLanes.Assign(items, capacities);

        for (var lane = 0; lane < capacities.Length; lane++)
            Assert.InRange(subLanes[lane], 1, capacities[lane]);
        foreach (var group in items.Select((item, i) => (item, sub: server[i])).GroupBy(x => (x.item.Lane, x.sub)))
        {
            var ordered = group.Select(x => x.item).OrderBy(x => x.Start).ThenBy(x => x.End).ToList();
            for (var i = 1; i < ordered.Count; i++)
                Assert.True(ordered[i].Start >= ordered[i - 1].End, $"lane {group.Key.Lane}, sub-lane {group.Key.sub}: [{ordered[i - 1].Start}, {ordered[i - 1].End}] overlaps [{ordered[i].Start}, {ordered[i].End}]");
        }
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Assign_ASimulatedCalendarWithATwoServerResource_NoOverlapAndBothServersUsed(ulong seed)
    {
        // The device portfolio's electronics resource has two servers; at interarrival 8 it is busy enough to use both.
        var scenario = ScenarioSource.Load(Repository.Path("experiments", "scenarios", "device-portfolio.yaml"));
        var recorder = new TimelineRecorder(200, null);
        new MultiProjectSimulator(scenario).Run(new SimulationOptions
        {
            Arrivals = ArrivalsOption.Create("poisson", 8),
            Projects = 200,
            Replications = 1,
            Seed = seed,
            Observer = recorder,
        });
        var items = TimelineItems.From(recorder.Records);

        var (server, subLanes) = ServerLanes.Assign(items, [.. scenario.Resources.Select(r => r.Capacity)]);

        Assert.Equal(scenario.Resources.Select(r => r.Capacity), subLanes);
        Assert.Contains(items.Select((item, i) => (item, i)), x => scenario.Resources[x.item.Lane].Capacity == 2 && server[x.i] == 1);
        foreach (var group in items.Select((item, i) => (item, sub: server[i])).GroupBy(x => (x.item.Lane, x.sub)))
        {
            var ordered = group.Select(x => x.item).OrderBy(x => x.Start).ToList();
            Assert.All(ordered.Skip(1).Zip(ordered), pair => Assert.True(pair.First.Start >= pair.Second.End));
        }
        Assert.Contains(items, i => i.Rework);
    }

    [Fact]
    public void Assign_MoreAtOnceThanServers_OpensASubLaneRatherThanOverlap()
    {
        var (server, subLanes) = ServerLanes.Assign([new GanttItem(0, 0, 5, 0, 1, false), new GanttItem(0, 1, 4, 1, 1, false)], [1]);
        Assert.Equal(2, subLanes[0]);
        Assert.NotEqual(server[0], server[1]);
    }
}
