using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>The rework-aware policy at its two limits: alone it is static; without rework it is dynamic.</summary>
public class ReworkAwarePolicyTests
{
    private static SimulationResult Run(Engine.Scenarios.Scenario scenario, SequencingPolicy policy, IArrivalProcess arrivals) =>
        new MultiProjectSimulator(scenario).Run(new SimulationOptions
        {
            Policy = policy,
            Arrivals = arrivals,
            Projects = 3_000,
            Replications = 3,
            Seed = 5,
        });

    private static void AssertSameRuns(SimulationResult expected, SimulationResult actual)
    {
        foreach (var (e, a) in expected.Replications.Zip(actual.Replications))
            Assert.Equal((e.Duration.Mean, e.Rework, e.Waiting, e.Events), (a.Duration.Mean, a.Rework, a.Waiting, a.Events));
    }

    [Fact]
    public void WithNoOtherProjectInTheSystem_ItIsStatic()
    {
        // Projects 1,000 days apart never meet: every resource is idle when asked, so nobody switches.
        var arrivals = new FixedArrivals(1_000);
        var aware = Run(TestScenarios.Mouse, SequencingPolicy.ReworkAware, arrivals);
        AssertSameRuns(Run(TestScenarios.Mouse, SequencingPolicy.Static, arrivals), aware);
        Assert.Equal(0, aware.Waiting.Mean);
    }

    [Fact]
    public void WithBusyResourcesAndNoRework_ItIsDynamic()
    {
        // No rework anywhere: every switch costs nothing, so it switches exactly when and where dynamic does.
        var mouse = TestScenarios.Mouse;
        var noRework = TestScenarios.Build([.. mouse.Tasks.Select(t => t.Duration)]);
        var arrivals = new PoissonArrivals(11); // the top case resource (10 days a project) is busy most of the time
        var dynamic = Run(noRework, SequencingPolicy.Dynamic, arrivals);
        AssertSameRuns(dynamic, Run(noRework, SequencingPolicy.ReworkAware, arrivals));
        Assert.NotEqual(Run(noRework, SequencingPolicy.Static, arrivals).Duration.Mean, dynamic.Duration.Mean); // switches happened
    }

    [Fact]
    public void UnderLoad_ItSwitchesLessThanDynamic_AndReworksLess()
    {
        // On the mouse at interarrival 16 the forecast refuses the costly switches: rework per project
        // falls between static's (no switches) and dynamic's.
        var arrivals = new PoissonArrivals(16);
        var rework = new[] { SequencingPolicy.Static, SequencingPolicy.ReworkAware, SequencingPolicy.Dynamic }
            .Select(p => Run(TestScenarios.Mouse, p, arrivals).Rework.Mean).ToArray();
        Assert.True(rework[0] < rework[1] && rework[1] < rework[2], string.Join(", ", rework));
    }
}
