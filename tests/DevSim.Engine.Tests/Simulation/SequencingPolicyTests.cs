using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>Policies as strategies: the registry, and a policy of the tests' own run by the unchanged loop.</summary>
public class SequencingPolicyTests
{
    /// <summary>
    /// Four tasks on four resources of one server, fixed durations 10, 1, 1, 1, no rework; two
    /// projects one day apart. Project 1 arrives while project 0 holds T1's resource until day 10,
    /// and T2-T4's resources are idle whenever it asks.
    /// </summary>
    private static ExecutionLog RunTwoProjects<TPolicy>()
        where TPolicy : struct, ISequencingPolicy
    {
        var definition = TestScenarios.Definition([10, 1, 1, 1], distribution: "fixed");
        var model = new ProcessModel(Scenario.Create(definition));
        var log = new ExecutionLog();
        var options = new SimulationOptions { Arrivals = new FixedArrivals(1), Projects = 2, Warmup = 0, Replications = 1 };
        new MultiProjectRun<TPolicy, FifoDiscipline, NoRunObserver>(model).Run(options, [0, 1, 2, 3], 0, log);
        return log;
    }

    [Fact]
    public void Run_OwnPolicyLastIdleTask_TakesTheLastIdleTaskFirstAndQueuesForTheBusyOneLast()
    {
        var log = RunTwoProjects<LastIdlePolicy>();
        Assert.Equal([1, 2, 3, 4], log.TasksOf(0));
        Assert.Equal([4, 3, 2, 1], log.TasksOf(1));
        var t1 = log.Records.Single(r => r.Project == 1 && r.Task == 1);
        Assert.Equal((4.0, 10.0, 20.0), (t1.Queued, t1.Start, t1.End)); // asked after T4, T3, T2 (days 1-4), served when project 0 frees it
    }

    [Fact]
    public void Run_DynamicOnTheSameCase_TakesTheFirstIdleTask() =>
        Assert.Equal([2, 3, 4, 1], RunTwoProjects<DynamicPolicy>().TasksOf(1));

    [Fact]
    public void Run_StaticOnTheSameCase_QueuesForTheBusyTask() =>
        Assert.Equal([1, 2, 3, 4], RunTwoProjects<StaticPolicy>().TasksOf(1));

    [Fact]
    public void Registry_EveryName_ParsesBackToItsPolicy()
    {
        foreach (var policy in Enum.GetValues<SequencingPolicy>())
            Assert.Equal(policy, SequencingPolicyRegistry.Parse(policy.Name()));
        Assert.Equal(["static", "dynamic", "rework-aware"], SequencingPolicyRegistry.All);
        Assert.Null(SequencingPolicyRegistry.Parse("fastest"));
    }

    [Fact]
    public void Registry_Help_DescribesEveryPolicyByName()
    {
        foreach (var policy in Enum.GetValues<SequencingPolicy>())
            Assert.Contains($"{policy.Name()}: {policy.Description()}", SequencingPolicyRegistry.Help, StringComparison.Ordinal);
    }
}
