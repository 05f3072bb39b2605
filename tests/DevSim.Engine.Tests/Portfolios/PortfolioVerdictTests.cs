using DevSim.Engine.Portfolios;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Tests.Portfolios;

/// <summary>
/// The verdict of a portfolio run reads the load every type brings together: two static types of one task each share one
/// server; each alone loads it 0.5 or 0.55, together 1.05, so the run is overloaded although either type alone is not.
/// </summary>
public class PortfolioVerdictTests
{
    [Fact]
    public void TwoStaticTypes_TogetherPastTheServersCapacity_AreJudgedOverloadedAtTheirCombinedLoad()
    {
        var portfolio = new Portfolio
        {
            Name = "together too much",
            Pool = new ResourcePool([new ResourceDefinition("T1", 1)]),
            Types =
            [
                new ProjectType { Name = "A", Scenario = TestScenarios.Build([1], distribution: "fixed"), Arrivals = new PoissonArrivals(2) },
                new ProjectType { Name = "B", Scenario = TestScenarios.Build([1.1], distribution: "fixed"), Arrivals = new PoissonArrivals(2) },
            ],
        };
        // 4,000 arrivals at a combined rate of 1 a day: the queue grows by about 200, far below the in-system bound, so
        // only the load estimate can call it overloaded.
        var result = PortfolioSimulator.Run(portfolio, new SimulationOptions { Projects = 4_000, Replications = 3, Seed = 5 });
        var load = Assert.Single(result.All.SteadyState!.Loads);
        Assert.InRange(load.Load, 1.04, 1.06); // 0.5 x 1 + 0.5 x 1.1 per day: the first type's rate alone would say 0.525
        Assert.True(load.Ci95.Lower > 1, $"the load's CI [{load.Ci95.Lower}, {load.Ci95.Upper}] should lie above 1");
        Assert.Equal(Verdict.Overloaded, result.All.SteadyState.Verdict);
        Assert.DoesNotContain(result.All.Replications, r => r.StoppedEarly);
    }

    [Fact]
    public void WipCapAdmittingSlowerThanArrivals_Overloaded_SaysNoResourceIsToBlame()
    {
        // Two tasks of 1 day on two servers, a WIP cap of 1: one project at a time, so at most one finishes every 2 days
        // while one arrives every 1.25 days. Each server is loaded 0.8, so only the backlog grows.
        var portfolio = new Portfolio
        {
            Name = "cap too tight",
            Pool = new ResourcePool([new ResourceDefinition("T1", 1), new ResourceDefinition("T2", 1)]),
            WipCap = 1,
            Types = [new ProjectType { Name = "A", Scenario = TestScenarios.Build([1, 1], distribution: "fixed"), Arrivals = new PoissonArrivals(1.25) }],
        };
        var result = PortfolioSimulator.Run(portfolio, new SimulationOptions { Projects = 4_000, Replications = 3, Seed = 5, MaxProjectsInSystem = 200 });
        var steady = result.All.SteadyState!;
        Assert.Equal(Verdict.Overloaded, steady.Verdict);
        Assert.All(steady.Loads, l => Assert.True(l.Ci95.Upper < 1, $"{l.Name}'s load CI reaches {l.Ci95.Upper}"));
        Assert.Contains(steady.Reasons, r => r.Contains("no resource's offered load reaches 1", StringComparison.Ordinal) && r.Contains("WIP cap", StringComparison.Ordinal));
    }
}
