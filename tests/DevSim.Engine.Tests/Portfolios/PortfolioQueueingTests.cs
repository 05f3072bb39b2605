using DevSim.Engine.Portfolios;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Portfolios;

/// <summary>
/// Two types of one task each at one single server, Poisson arrivals, no rework, fixed service times
/// (M/D/1 per type): the waits against the known answers of queueing theory.
/// </summary>
public class PortfolioQueueingTests
{
    // Type A: λ = 0.2, service 1 (ρ 0.2); type B: λ = 0.2, service 2 (ρ 0.4); ρ = 0.6.
    private const double RhoA = 0.2;
    private const double RhoB = 0.4;
    private const double Rho = RhoA + RhoB;
    private const double W0 = (0.2 * 1 * 1 + 0.2 * 2 * 2) / 2; // Σ λ E[S²] / 2, the mean residual work found

    private static PortfolioResult Run(QueueDiscipline discipline, int projects = 300_000, int reps = 4)
    {
        // Both one-task processes name their resource T1: the union pool holds one server that both share.
        var portfolio = new Portfolio
        {
            Name = "two classes",
            Pool = new ResourcePool([new ResourceDefinition("T1", 1)]),
            Types =
            [
                new ProjectType { Name = "A", Scenario = TestScenarios.Build([1], distribution: "fixed"), Arrivals = new PoissonArrivals(5), Priority = 1, DueAllowance = 4 },
                new ProjectType { Name = "B", Scenario = TestScenarios.Build([2], distribution: "fixed"), Arrivals = new PoissonArrivals(5), Priority = 2, DueAllowance = 8 },
            ],
            Discipline = discipline,
        };
        return PortfolioSimulator.Run(portfolio, new SimulationOptions { Projects = projects, Replications = reps, Seed = 7 });
    }

    [Fact]
    public void Priority_EachTypesWait_MatchesCobhamWithin2Percent()
    {
        var result = Run(QueueDiscipline.Priority);
        var expectedA = W0 / (1 * (1 - RhoA));
        var expectedB = W0 / ((1 - RhoA) * (1 - Rho));
        Assert.InRange(result.Types[0].Waiting.Mean, expectedA * 0.98, expectedA * 1.02);
        Assert.InRange(result.Types[1].Waiting.Mean, expectedB * 0.98, expectedB * 1.02);
    }

    [Fact]
    public void Fifo_BothTypesWait_MatchesPollaczekKhinchineWithin2Percent()
    {
        var result = Run(QueueDiscipline.Fifo);
        var expected = W0 / (1 - Rho);
        Assert.InRange(result.Types[0].Waiting.Mean, expected * 0.98, expected * 1.02);
        Assert.InRange(result.Types[1].Waiting.Mean, expected * 0.98, expected * 1.02);
    }

    [Theory]
    [InlineData(QueueDiscipline.Fifo)]
    [InlineData(QueueDiscipline.Priority)]
    [InlineData(QueueDiscipline.Edd)]
    [InlineData(QueueDiscipline.Srw)]
    public void LoadWeightedWait_AnyDiscipline_KleinrocksConservationLawWithinTheCi(QueueDiscipline discipline)
    {
        var result = Run(discipline);
        // Σ ρ_k W_k = ρ W0 / (1 − ρ) for every non-preemptive, work-conserving discipline.
        var expected = Rho * W0 / (1 - Rho);
        var a = result.Types[0].Waiting;
        var b = result.Types[1].Waiting;
        var weighted = RhoA * a.Mean + RhoB * b.Mean;
        var half = 1.96 * Math.Sqrt(Math.Pow(RhoA * a.StandardError, 2) + Math.Pow(RhoB * b.StandardError, 2));
        Assert.InRange(expected, weighted - Math.Max(half * 1.5, 0.005), weighted + Math.Max(half * 1.5, 0.005));
    }
}
