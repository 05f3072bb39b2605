using DevSim.Engine.Capacity;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Capacity;

/// <summary>A portfolio as the capacity search's system: one type is its scenario, the shared resource comes first, on-time targets.</summary>
public class PortfolioSystemTests
{
    private static SimulationOptions Settings(int projects = 20_000, int replications = 10) => new() { Projects = projects, Replications = replications, Seed = 7 };

    private static Portfolio OneType(Scenario scenario, double interarrival, double? due = null) => new()
    {
        Name = "one",
        Pool = ResourcePool.Of(scenario),
        Types = [new ProjectType { Name = "only", Scenario = scenario, Arrivals = new PoissonArrivals(interarrival), DueAllowance = due }],
    };

    private static CapacityOptions Search(double target, double tolerance = 0.01, SimulationOptions? settings = null) => new()
    {
        Target = target,
        Policies = [SequencingPolicy.Static],
        Simulation = settings ?? Settings(),
        Tolerance = tolerance,
    };

    [Fact]
    public void Find_OneTypeOneTaskPoisson_SameBracketAsTheScenarioAndPollaczekKhinchine()
    {
        // M/G/1, triangular(0.8, 1, 1.2) service: mean duration 1 + λ E[S²] / (2 (1 − λ)) equals T at λ = 2 (T − 1) / (E[S²] + 2 (T − 1)).
        const double target = 3;
        var exact = 2 * (target - 1) / (1 + 0.04 / 6 + 2 * (target - 1));
        var scenario = TestScenarios.SingleServer();
        // The type's own rate (one every 4 days) only sets the load factor's unit: the search asks for the total rate.
        var system = new PortfolioSystem(OneType(scenario, 4), PortfolioTarget.Duration(target, DurationMeasure.Mean), aloneReplications: 20_000);
        var portfolio = Assert.Single(CapacitySearch.Find(system, Search(target)).Rates);
        var alone = Assert.Single(CapacitySearch.Find(new ScenarioSystem(scenario, aloneReplications: 20_000), Search(target)).Rates);

        Assert.Equal(CapacityStop.Tolerance, portfolio.StoppedBecause);
        Assert.InRange(exact, portfolio.LowerRate * 0.99, portfolio.UpperRate * 1.01);
        // The first type draws as its scenario alone does: the same bracket up to the rounding of the load factor.
        Assert.Equal(alone.LowerRate, portfolio.LowerRate, 1e-9);
        Assert.Equal(alone.UpperRate, portfolio.UpperRate, 1e-9);
        Assert.Equal(alone.Limit.Lower, portfolio.Limit.Lower, 1e-9);
        Assert.Equal(4 * portfolio.LowerRate, system.LoadFactor(portfolio.LowerRate), 12);
    }

    [Fact]
    public void Plan_SharedResourceTwoTypesQueueFor_ComesBeforeAResourceOneTypeUsesLightly()
    {
        // Both types use "shared" (load 2 x 0.4 = 0.8 on one server); only A uses "light" (load 0.4 x 0.5 = 0.2).
        var a = TestScenarios.Definition([1.0, 0.5]);
        a.Name = "a";
        a.Resources.Add(new ScenarioDefinition.ResourceEntry("shared", 1));
        a.Resources.Add(new ScenarioDefinition.ResourceEntry("light", 1));
        a.Tasks[0] = a.Tasks[0] with { Resource = "shared" };
        a.Tasks[1] = a.Tasks[1] with { Resource = "light" };
        var b = TestScenarios.Definition([1.0]);
        b.Name = "b";
        b.Resources.Add(new ScenarioDefinition.ResourceEntry("shared", 1));
        b.Tasks[0] = b.Tasks[0] with { Resource = "shared" };
        var (first, second) = (Scenario.Create(a), Scenario.Create(b));
        var portfolio = new Portfolio
        {
            Name = "two",
            Pool = new ResourcePool([new ResourceDefinition("light", 1), new ResourceDefinition("shared", 1)]),
            Types =
            [
                new ProjectType { Name = "A", Scenario = first, Arrivals = new PoissonArrivals(2.5) },
                new ProjectType { Name = "B", Scenario = second, Arrivals = new PoissonArrivals(2.5) },
            ],
        };
        var system = new PortfolioSystem(portfolio, PortfolioTarget.Duration(10, DurationMeasure.Mean), aloneReplications: 1_000);
        var options = new AdditionOptions { Steps = 1, Rate = system.BaseRate, Search = Search(10, settings: Settings(5_000, 6)) };

        var step = Assert.Single(CapacityPlanner.Plan(system, SequencingPolicy.Static, options).Steps);
        Assert.Equal("shared", step.Chosen.Name);
        Assert.True(step.Chosen.Ci95.Lower > 0, string.Join("; ", step.Candidates.Select(c => $"{c.Name} {c.Mean:F3} {c.Ci95}")));
        Assert.Empty(step.TiedWith);
        var light = step.Candidates.Single(c => c.Name == "light");
        Assert.True(light.Mean < step.Chosen.Mean / 5, $"light gains {light.Mean:F3}, shared {step.Chosen.Mean:F3}");
    }

    [Fact]
    public void Find_OnTimeShare_MetBelowTheBracketAndMissedAboveInALongerRunOnAnotherSeed()
    {
        const double share = 0.9, tolerance = 0.02;
        var system = new PortfolioSystem(OneType(TestScenarios.SingleServer(), 2, due: 6), PortfolioTarget.OnTimeShare(share), aloneReplications: 20_000);
        var found = Assert.Single(CapacitySearch.Find(system, Search(share, tolerance)).Rates);
        Assert.Equal(CapacityStop.Tolerance, found.StoppedBecause);
        Assert.True(found.AtLower!.Binding!.Measure.Mean >= share);

        var longer = new SimulationOptions { Projects = 100_000, Replications = 10, Seed = 99 };
        var slower = system.Run(found.LowerRate * (1 - tolerance), SequencingPolicy.Static, longer, DurationMeasure.Mean);
        var faster = system.Run(found.UpperRate * (1 + tolerance), SequencingPolicy.Static, longer, DurationMeasure.Mean);
        Assert.True(slower.Meets(share), $"on time {slower.Binding!.Measure.Mean:F4} at {slower.Rate:F4} per day");
        Assert.False(faster.Meets(share), $"on time {faster.Binding!.Measure.Mean:F4} at {faster.Rate:F4} per day");
    }

    [Fact]
    public void Find_DueAllowanceBelowEveryDuration_IsUnreachableWithoutSimulating()
    {
        // Every duration is at least 0.8 days: none is on time with 0.5 days allowed.
        var system = new PortfolioSystem(OneType(TestScenarios.SingleServer(), 2, due: 0.5), PortfolioTarget.OnTimeShare(0.5), aloneReplications: 1_000);
        var found = Assert.Single(CapacitySearch.Find(system, Search(0.5)).Rates);
        Assert.Equal(CapacityStop.Unreachable, found.StoppedBecause);
        Assert.Equal(0, found.Evaluations);
    }

    [Fact]
    public void Create_OnTimeTargetWithATypeWithoutDueAllowance_IsRefusedNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => new PortfolioSystem(OneType(TestScenarios.SingleServer(), 2), PortfolioTarget.OnTimeShare(0.9)));
        Assert.Contains("only", e.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    public void Create_OnTimeShareOutsideZeroToOne_IsRefused(double share) =>
        Assert.Throws<ArgumentException>(() => new PortfolioSystem(OneType(TestScenarios.SingleServer(), 2, due: 5), PortfolioTarget.OnTimeShare(share)));

    [Fact]
    public void WithCapacity_ChangesThePoolOnly_AndRunsArePairedOnTheSameDraws()
    {
        var system = new PortfolioSystem(OneType(TestScenarios.SingleServer(capacity: 50), 2), PortfolioTarget.Duration(5, DurationMeasure.Mean), aloneReplications: 1_000);
        var more = system.WithCapacity(0, 51);
        Assert.Equal(51, more.Resources[0].Capacity);
        Assert.Equal(50, system.Resources[0].Capacity);
        // At 0.5 projects a day fifty servers never all work at once: one more changes no replication at all.
        var settings = Settings(2_000, 3);
        Assert.Equal(system.Run(0.5, SequencingPolicy.Static, settings, DurationMeasure.Mean).Values,
            more.Run(0.5, SequencingPolicy.Static, settings, DurationMeasure.Mean).Values);
    }

    [Fact]
    public void Limits_OnTimeTypeOutOfReach_NamesTheDueAllowanceAtWhichItAloneReachesTheShare()
    {
        // One task of Triangular(0.8, 1, 1.2) days: its 0.9-quantile is 1.2 - sqrt(0.1 x 0.4 x 0.2) = 1.1106. Due in 1 day, the
        // type alone is on time about half the time, so 0.9 is out of reach; the allowance the report suggests is the sample's
        // own 0.9-quantile: with it the same sample reaches 0.9, with a hair less it does not.
        const double share = 0.9;
        TypeAlone Alone(double due) => Assert.Single(new PortfolioSystem(OneType(TestScenarios.SingleServer(), 2, due), PortfolioTarget.OnTimeShare(share),
            aloneReplications: 20_000).Limits([SequencingPolicy.Static], Settings(), 0.01, DurationMeasure.Mean).Types);
        var tight = Alone(1);
        Assert.False(tight.Meets);
        Assert.InRange(tight.Alone, 0.45, 0.55);
        var needed = tight.DueAllowanceNeeded!.Value;
        Assert.Equal(1.2 - Math.Sqrt(0.1 * 0.4 * 0.2), needed, 0.005);
        var enough = Alone(needed);
        Assert.True(enough.Meets && enough.Alone >= share, $"{enough}");
        Assert.Equal(needed, enough.DueAllowanceNeeded!.Value);
        var justShort = Alone(needed - 1e-9);
        Assert.False(justShort.Meets, $"{justShort}");
    }
}
