using DevSim.Engine.Experiments;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Tests.Experiments;

/// <summary>The stated limits: refused before any work, counted without overflow, each refusal naming the number and the limit.</summary>
public class RunLimitsTests
{
    private static Experiment Grid(int points, int replications, int projects = 100) => new()
    {
        Scenarios = [TestScenarios.Mouse],
        Interarrivals = [.. Enumerable.Range(1, points).Select(i => 10.0 + i)],
        Policies = [DevSim.Engine.Simulation.SequencingPolicy.Static],
        Projects = projects,
        Replications = replications,
    };

    [Fact]
    public void CheckLimits_ProductPastIntMaxValue_RefusedWithTheExactCount()
    {
        // 100,000 x 30,000 = 3e9 cells: as an int product this wrapped to a negative count.
        var e = Assert.Throws<ExperimentException>(() => ExperimentPlan.CheckLimits(Grid(100_000, 30_000)));
        Assert.Contains("3,000,000,000 cells (100,000 grid points x 30,000 replications) is more than the limit of 1,000,000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AtTheCellLimit_IsAcceptedAndOneMoreIsNot()
    {
        ExperimentPlan.CheckLimits(Grid(10, 100_000));
        Assert.Throws<ExperimentException>(() => ExperimentPlan.CheckLimits(Grid(10, 100_001)));
    }

    [Fact]
    public void CheckLimits_TooManyProjects_NamesProjectsAndTheLimit()
    {
        var e = Assert.Throws<ExperimentException>(() => ExperimentPlan.CheckLimits(Grid(10, 100_000, projects: 1_000_000)));
        Assert.Contains("projects (1,000,000 cells x 1,000,000 projects) is more than the limit of 100,000,000,000", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(long.MaxValue, 2)]
    [InlineData(4_000_000_000, 4_000_000_000)]
    [InlineData(2, long.MaxValue)]
    public void Times_PastLongMaxValue_Saturates(long a, long b) => Assert.Equal(long.MaxValue, RunLimits.Times(a, b));

    [Fact]
    public void HorizonProblem_ClockWithinTheRatio_IsNullAndBeyondItNamesBothNumbers()
    {
        // The mouse's shortest mean task takes 2 days: 1e10 x 2 = 2e10 days of clock is the edge.
        Assert.Null(TimeScales.HorizonProblem(TestScenarios.Mouse, 16, 1_000_000_000));
        Assert.Null(TimeScales.HorizonProblem(TestScenarios.Mouse, 20, 1_000_000_000));
        var problem = TimeScales.HorizonProblem(TestScenarios.Mouse, 1e9, 1_000);
        Assert.Equal("1,000 projects every 1e+09 days reach a clock of 1e+12 days, more than 1e+10 times the shortest mean task duration (2 days): " +
                     "the tasks' durations would round away", problem);
        Assert.StartsWith("1e+15 days is more than the longest time", TimeScales.HorizonProblem(TestScenarios.Mouse, 1e15, 1), StringComparison.Ordinal);
        Assert.NotNull(TimeScales.HorizonProblem(TestScenarios.Mouse, double.NaN, 1));
    }

    [Fact]
    public void Validate_DurationsOverflowingOrFarApart_AreRefusedAtTheirKeys()
    {
        const string Matrices = "rework: { probability: [[0, 0], [0, 0]], impact: [[0, 0], [0, 0]] }\n";
        var huge = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse("name: h\ntasks:\n  - { id: 1, duration: 1e308 }\n  - { id: 2, duration: 1 }\n" + Matrices, "h.yaml"));
        Assert.Contains(huge.Lines, l => l.StartsWith("h.yaml:3: tasks, entry 1, duration: 1E+308 is more than the longest time DevSim takes (1e+12 days)", StringComparison.Ordinal));
        var apart = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse("name: a\ntasks:\n  - { id: 1, duration: 1e-4 }\n  - { id: 2, duration: 1e7 }\n" + Matrices, "a.yaml"));
        Assert.Contains(apart.Lines, l => l.Contains("the longest mean duration (1e+07) is more than 1e+10 times the shortest (0.0001)", StringComparison.Ordinal));
        ScenarioReader.Parse("name: ok\ntasks:\n  - { id: 1, duration: 1e-3 }\n  - { id: 2, duration: 1e7 }\n" + Matrices);
    }
}
