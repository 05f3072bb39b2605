using DevSim.Engine.Capacity;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Capacity;

/// <summary>Greedy capacity addition: paired gains, ties, and the resource a planner would pick by hand.</summary>
public class CapacityPlannerTests
{
    private static AdditionOptions Duration(double interarrival, int steps = 1, int projects = 5_000, int replications = 4) => new()
    {
        Steps = steps,
        Rate = 1 / interarrival,
        Search = new CapacityOptions { Simulation = new SimulationOptions { Projects = projects, Replications = replications, Seed = 3 } },
    };

    /// <summary>Two tasks: one on a busy single server, one on a pool of 50 servers that never all work at once.</summary>
    private static ScenarioSystem BusyAndIdle()
    {
        var d = TestScenarios.Definition([1.0, 1.0]);
        d.Resources.Add(new ScenarioDefinition.ResourceEntry("busy", 1));
        d.Resources.Add(new ScenarioDefinition.ResourceEntry("never busy", 50));
        d.Tasks[0] = d.Tasks[0] with { Resource = "busy" };
        d.Tasks[1] = d.Tasks[1] with { Resource = "never busy" };
        return new ScenarioSystem(Scenario.Create(d), aloneReplications: 1_000);
    }

    [Fact]
    public void Plan_ServerAddedWhereNothingQueues_GainsNothingWithinTheCi()
    {
        var step = Assert.Single(CapacityPlanner.Plan(BusyAndIdle(), SequencingPolicy.Static, Duration(1.25)).Steps);
        var idle = step.Candidates.Single(c => c.Name == "never busy");
        Assert.True(idle.Ci95.Contains(0), $"gain {idle.Mean} {idle.Ci95}");
        Assert.Equal(0, idle.Mean); // paired on the same draws, a pool that never fills changes nothing at all
        Assert.Equal("busy", step.Chosen.Name);
        Assert.True(step.Chosen.Ci95.Lower > 0);
        Assert.Empty(step.TiedWith);
    }

    [Fact]
    public void Plan_MouseAtInterarrival13Static_AddsTheTopCaseServerFirst()
    {
        var plan = CapacityPlanner.Plan(new ScenarioSystem(TestScenarios.Mouse, aloneReplications: 1_000), SequencingPolicy.Static, Duration(13, projects: 1_000, replications: 8));
        var step = Assert.Single(plan.Steps);
        Assert.Equal("Top case design", step.Chosen.Name);
        Assert.Equal(2, step.Chosen.Capacity);
        Assert.True(step.Chosen.Ci95.Lower > 0, string.Join("; ", step.Candidates.Select(c => $"{c.Name} {c.Mean:F2} {c.Ci95}")));
        Assert.Equal(2, plan.Resources.Single(r => r.Name == "Top case design").Capacity);
    }

    [Fact]
    public void Plan_TwoIdenticalResources_ReportsTheSecondAsATie()
    {
        // Two identical single servers in series, equally loaded: one more server at either gains the same within the CI.
        var d = TestScenarios.Definition([1.0, 1.0]);
        var system = new ScenarioSystem(Scenario.Create(d), aloneReplications: 1_000);
        var step = Assert.Single(CapacityPlanner.Plan(system, SequencingPolicy.Static, Duration(1.4, replications: 3, projects: 2_000)).Steps);
        Assert.Single(step.TiedWith);
    }

    [Fact]
    public void Plan_SecondStep_StartsFromTheFirstStepsCapacities()
    {
        var plan = CapacityPlanner.Plan(BusyAndIdle(), SequencingPolicy.Static, Duration(1.25, steps: 2));
        Assert.Equal(2, plan.Steps.Count);
        Assert.Equal(2, plan.Steps[0].Chosen.Capacity);
        // The second step tries from the first step's capacities: the busy resource's candidate has 3 servers.
        Assert.Equal(3, plan.Steps[1].Candidates.Single(c => c.Name == "busy").Capacity);
        Assert.Equal(0, plan.Steps[1].Candidates.Single(c => c.Name == "never busy").Mean);
    }

    [Fact]
    public void Validate_ZeroSteps_IsRefused() =>
        Assert.Contains(Duration(2, steps: 0).Validate(), p => p.Key == nameof(AdditionOptions.Steps));

    [Fact]
    public void Validate_DurationObjectiveWithoutALoad_IsRefused() =>
        Assert.Contains((Duration(2) with { Rate = null }).Validate(), p => p.Key == nameof(AdditionOptions.Rate));

    [Fact]
    public void Plan_OnTimeObjectiveOnOneProcess_IsRefusedNamingWhatItNeeds()
    {
        // A scenario has no types and no due dates: the on-time objective has nothing to rank by.
        var e = Assert.Throws<ArgumentException>(() => CapacityPlanner.Plan(BusyAndIdle(), SequencingPolicy.Static, Duration(1.25) with { Objective = AdditionObjective.OnTime }));
        Assert.StartsWith("the on-time objective needs a portfolio judged by an on-time target", e.Message, StringComparison.Ordinal);
    }
}
