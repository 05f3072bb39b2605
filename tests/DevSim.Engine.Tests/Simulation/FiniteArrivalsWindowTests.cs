using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>
/// A finite list of arrivals is a whole schedule: its time averages run from the first counted arrival to the last
/// completion, so the work done after the last arrival counts (docs/model.md#warm-up-and-observation-window).
/// </summary>
public class FiniteArrivalsWindowTests
{
    [Fact]
    public void TwoProjectsOfOneFixedTask_ArrivingAt0And5_TimeAveragesOverZeroToSeven()
    {
        // One task of 2 days at one server: busy 0-2 and 5-7, one project in the system over the same stretches.
        // Window [0, 7]: utilisation 4/7, projects in system 4/7 (the last arrival at 5 would give 2/5 and 2/5).
        var scenario = TestScenarios.Build([2], distribution: "fixed");
        var options = new SimulationOptions { Arrivals = new TraceArrivals([0, 5]), Projects = 2, Warmup = 0, Replications = 1 };
        var result = new MultiProjectSimulator(scenario).Run(options);
        Assert.Equal(4.0 / 7, result.Resources[0].Utilization.Mean, 12);
        Assert.Equal(4.0 / 7, result.InSystem.Mean, 12);
        Assert.Equal(2, result.Duration.Mean, 12);
    }

    [Fact]
    public void EndlessArrivals_WindowStillEndsAtTheLastArrival()
    {
        // One project every 10 days needing 2 days: the window ends at the last arrival, so the last project's work
        // after it is left out, as for any arrival process without an end.
        var scenario = TestScenarios.Build([2], distribution: "fixed");
        var options = new SimulationOptions { Arrivals = new FixedArrivals(10), Projects = 3, Warmup = 0, Replications = 1 };
        var result = new MultiProjectSimulator(scenario).Run(options);
        // Arrivals at 0, 10, 20: window [0, 20], busy 0-2 and 10-12.
        Assert.Equal(4.0 / 20, result.Resources[0].Utilization.Mean, 12);
    }
    [Fact]
    public void ArrivalsAllAtOneInstant_OneReplication_EndsWithTheWholeScheduleAveraged()
    {
        // Two projects at 0 needing 2 days each at one server: busy [0, 4], two in the system over [0, 2] and one
        // over [2, 4]. There is no mean interarrival to size time batches by; the run must still end (it once
        // looped for ever on batches of width 0) and average over [0, 4].
        var scenario = TestScenarios.Build([2], distribution: "fixed");
        var options = new SimulationOptions { Arrivals = new TraceArrivals([0, 0]), Projects = 2, Warmup = 0, Replications = 1 };
        var result = new MultiProjectSimulator(scenario).Run(options);
        Assert.Equal(1, result.Resources[0].Utilization.Mean, 12);
        Assert.Equal(1.5, result.InSystem.Mean, 12);
        Assert.Equal(3, result.Duration.Mean, 12);
    }
}
