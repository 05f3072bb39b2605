using DevSim.Engine.Evaluation;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Tests.Simulation;

namespace DevSim.Engine.Tests.Portfolios;

/// <summary>Portfolio runs: one type equals the scenario alone, the caps hold, the disciplines order as specified, types keep their own draws.</summary>
public class PortfolioRunTests
{
    [Theory]
    [InlineData(SequencingPolicy.Static)]
    [InlineData(SequencingPolicy.Dynamic)]
    [InlineData(SequencingPolicy.ReworkAware)]
    public void OneType_OnItsScenariosResources_SameNumbersAsSimulate(SequencingPolicy policy)
    {
        var options = new SimulationOptions { Policy = policy, Arrivals = new PoissonArrivals(15), Projects = 3_000, Replications = 3 };
        var alone = new MultiProjectSimulator(TestScenarios.Mouse).Run(options);
        var portfolio = PortfolioSimulator.Run(Portfolio.Of(TestScenarios.Mouse, options), options);
        Assert.Equal(alone.Duration, portfolio.All.Duration);
        Assert.Equal(alone.Waiting, portfolio.All.Waiting);
        Assert.Equal(alone.Rework, portfolio.All.Rework);
        Assert.Equal(alone.InSystem, portfolio.All.InSystem);
        Assert.Equal(alone.Resources, portfolio.All.Resources);
        Assert.Equal(alone.Duration, portfolio.Overall.Duration);
        Assert.Equal(alone.Duration, portfolio.Types[0].Duration);
    }

    [Fact]
    public void Caps_ObserverOverEveryEvent_NeverExceededAndNoResourceOverCapacity()
    {
        var portfolio = ThreeMice(QueueDiscipline.Priority) with { WipCap = 5 };
        portfolio = portfolio with { Types = [portfolio.Types[0] with { WipCap = 2 }, .. portfolio.Types.Skip(1)] };
        var options = new SimulationOptions { Projects = 4_000, Replications = 1 };
        var plan = portfolio.Compile(options);
        var log = new CapObserver.Log(plan.Types.Length, plan.Capacity);
        QueueDisciplineRegistry.CreateRun(plan, new CapObserver(log)).Run(plan, 0, null);
        Assert.True(log.Admitted > 1_000, "the cap was exercised");
        Assert.True(log.MostActive <= 5, $"{log.MostActive} active at once under a cap of 5");
        Assert.True(log.MostActiveOf[0] <= 2, $"{log.MostActiveOf[0]} of type 0 active at once under its cap of 2");
        Assert.True(log.Backlogged, "some project waited in the backlog");
        Assert.False(log.OverCapacity, "a resource served more than its capacity");
    }

    [Fact]
    public void CapOfOne_DurationMinusBacklog_EqualsTheSingleProjectDurationWithinTheCi()
    {
        var mouse = TestScenarios.Mouse;
        var portfolio = Portfolio.Of(mouse, new SimulationOptions { Arrivals = new PoissonArrivals(100) }) with { WipCap = 1 };
        var result = PortfolioSimulator.Run(portfolio, new SimulationOptions { Projects = 20_000, Replications = 5 });
        var alone = new SingleProjectEvaluator(mouse).Evaluate(mouse.DefaultSequence, new EvaluationOptions { Replications = 200_000 });
        Assert.Equal(0, result.Overall.Waiting.Mean); // one project at a time never waits for a resource
        var inRun = result.Overall.Duration.Mean - result.Overall.BacklogWait.Mean;
        var half = 1.96 * Math.Sqrt(Math.Pow(result.Overall.Duration.StandardError, 2) + Math.Pow(alone.Duration.StandardError, 2));
        // Duration and backlog wait are strongly correlated per replication, so the duration's CI bounds their difference's generously.
        Assert.InRange(inRun, alone.Duration.Mean - half, alone.Duration.Mean + half);
    }

    /// <summary>
    /// One server; A (1 day, due in 10), B (1 day, due in 3) and C (5 days, due in 6) all arrive at 0 in that
    /// order. A takes the idle server; then edd serves B (due 3) before C (due 6), while slack serves
    /// C (slack 6 − 5 = 1) before B (3 − 1 = 2).
    /// </summary>
    [Theory]
    [InlineData(QueueDiscipline.Edd, "A,B,C")]
    [InlineData(QueueDiscipline.Slack, "A,C,B")]
    [InlineData(QueueDiscipline.Fifo, "A,B,C")]
    [InlineData(QueueDiscipline.Srw, "A,B,C")]
    public void HandBuiltCase_ServedInTheDisciplinesOrder(QueueDiscipline discipline, string order)
    {
        ProjectType Type(string name, double d, double due) => new()
        {
            Name = name,
            Scenario = TestScenarios.Build([d], distribution: "fixed"),
            Arrivals = new TraceArrivals([0, 1000]),
            DueAllowance = due,
        };
        var portfolio = new Portfolio
        {
            Name = "order",
            Pool = new ResourcePool([new ResourceDefinition("T1", 1)]),
            Types = [Type("A", 1, 10), Type("B", 1, 3), Type("C", 5, 6)],
            Discipline = discipline,
        };
        var log = new ExecutionLog();
        PortfolioSimulator.Run(portfolio, new SimulationOptions { Projects = 3, Warmup = 0, Replications = 1, Observer = log });
        Assert.Equal(order, string.Join(',', log.Records.OrderBy(r => r.Start).Select(r => portfolio.Types[r.Type].Name)));
    }

    [Fact]
    public void AddingASecondType_FirstTypesDurationsAndReworkDraws_Unchanged()
    {
        var mouse = new ProjectType { Name = "Mouse", Scenario = TestScenarios.Mouse, Arrivals = new PoissonArrivals(20) };
        var alone = new Portfolio { Name = "one", Pool = ResourcePool.Of(TestScenarios.Mouse), Types = [mouse] };
        var balanced = new ProjectType { Name = "Balanced", Scenario = ScenarioReader.LoadBuiltIn("optical-mouse-balanced"), Arrivals = new PoissonArrivals(40) };
        var two = alone with { Types = [mouse, balanced], Discipline = QueueDiscipline.Priority };
        var first = MouseExecutions(alone);
        var second = MouseExecutions(two);
        // Static sequencing: each project's executions follow from its own draws whatever the queues did
        // (durations to 10 digits: end − start at other clock times rounds in the last bits).
        Assert.True(first.Count >= 100 && second.Count >= 100);
        for (var k = 0; k < 100; k++)
            Assert.Equal(first[k], second[k]);
    }

    /// <summary>Per mouse project (in its type's arrival order), its executions as (task, amount, duration to 10 digits).</summary>
    private static List<string> MouseExecutions(Portfolio portfolio)
    {
        var log = new ExecutionLog();
        PortfolioSimulator.Run(portfolio, new SimulationOptions { Projects = 400, Replications = 1, Observer = log, Seed = 3 });
        return [.. log.Records.Where(r => r.Type == 0).GroupBy(r => r.Project).OrderBy(g => g.Key)
            .Select(g => string.Join(';', g.OrderBy(r => r.Start).Select(r => $"{r.Task}:{r.Amount:R}:{r.End - r.Start:G10}")))];
    }

    private static Portfolio ThreeMice(QueueDiscipline discipline)
    {
        var mouse = TestScenarios.Mouse;
        return new Portfolio
        {
            Name = "three",
            Pool = ResourcePool.Of(mouse),
            Types =
            [
                new ProjectType { Name = "a", Scenario = mouse, Arrivals = new PoissonArrivals(40), Policy = SequencingPolicy.Dynamic, Priority = 2 },
                new ProjectType { Name = "b", Scenario = mouse, Arrivals = new PoissonArrivals(50), Priority = 1, DueAllowance = 100 },
                new ProjectType { Name = "c", Scenario = ScenarioReader.LoadBuiltIn("optical-mouse-balanced"), Arrivals = new PoissonArrivals(60), Policy = SequencingPolicy.ReworkAware, Priority = 3 },
            ],
            Discipline = discipline,
        };
    }
}
