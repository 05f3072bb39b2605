using DevSim.Engine.Evaluation;
using DevSim.Engine.Experiments;
using DevSim.Engine.Optimization;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Input;

/// <summary>Each options record owns its rules: Validate on hand cases, keyed by property, and IsValid agreeing with it.</summary>
public class OptionsValidateTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        Assert.True(new EvaluationOptions().IsValid);
        Assert.True(new SimulationOptions().IsValid);
        Assert.True(new GeneticAlgorithmOptions().IsValid);
        Assert.True(new ExhaustiveSearchOptions().IsValid);
        Assert.True(new Experiment { Scenarios = [] }.IsValid);
    }

    [Fact]
    public void Evaluation_OneReplication_IsNamedByItsProperty()
    {
        var options = new EvaluationOptions { Replications = 1, MaxDegreeOfParallelism = 0 };
        Assert.False(options.IsValid);
        Assert.Equal(
            [("Replications", "1 must be at least 2"), ("MaxDegreeOfParallelism", "0 must be a positive number of threads, or -1 for every core")],
            options.Validate().Select(p => (p.Key, p.Message)));
    }

    [Theory]
    [InlineData(100, 100, "Warmup", "100 must be from 0 to 99 (fewer than the 100 projects)")]
    [InlineData(100, -1, "Warmup", "-1 must be from 0 to 99 (fewer than the 100 projects)")]
    [InlineData(0, null, "Projects", "0 must be at least 1")]
    public void Simulation_WarmupRule_IsChecked(int projects, int? warmup, string key, string message)
    {
        var problem = Assert.Single(new SimulationOptions { Projects = projects, Warmup = warmup }.Validate());
        Assert.Equal((key, message), (problem.Key, problem.Message));
    }

    [Fact]
    public void Simulation_DefaultWarmup_IsTenPercent()
    {
        Assert.Equal(2_000, new SimulationOptions().EffectiveWarmup);
        Assert.Equal(33, SimulationOptions.DefaultWarmup(333));
        Assert.Equal(5, new SimulationOptions { Projects = 333, Warmup = 5 }.EffectiveWarmup);
    }

    [Fact]
    public void Simulation_MoreProjectsThanTheTrace_IsAProblemOfProjects()
    {
        var problem = Assert.Single(new SimulationOptions { Projects = 3, Arrivals = new TraceArrivals([0, 1]) }.Validate());
        Assert.Equal(("Projects", "3 is more than the 2 arrivals of the trace"), (problem.Key, problem.Message));
    }

    [Fact]
    public void GeneticAlgorithm_RatiosNotSummingToOne_HaveTheirOwnKey()
    {
        var options = new GeneticAlgorithmOptions { MutationRatio = 0.2, PopulationSize = 1, StopImprovement = double.NaN };
        var problems = options.Validate().ToDictionary(p => p.Key, p => p.Message);
        Assert.Equal(["PopulationSize", GeneticAlgorithmOptions.RatiosKey, "StopImprovement"], problems.Keys);
        Assert.StartsWith("must add up to 1 (they add up to 1.1", problems[GeneticAlgorithmOptions.RatiosKey], StringComparison.Ordinal);
    }

    [Fact]
    public void ExhaustiveSearch_OneSurvivor_IsRefused()
    {
        var problem = Assert.Single(new ExhaustiveSearchOptions { Survivors = 1 }.Validate());
        Assert.Equal(("Survivors", "1 must be at least 2"), (problem.Key, problem.Message));
    }

    [Fact]
    public void Experiment_UsesTheSimulationAndSearchRules_WithSearchKeys()
    {
        var experiment = new Experiment { Scenarios = [], Projects = 10, Warmup = 10, Search = new GeneticAlgorithmOptions { FinalReplications = 1 } };
        Assert.Equal(["Warmup", "Search.FinalReplications"], experiment.Validate().Select(p => p.Key));
    }

    [Fact]
    public void Experiment_WarmupOfIsolatedProjects_IsRefused()
    {
        var experiment = new Experiment { Scenarios = [], Arrivals = ArrivalPattern.Isolated, Projects = 10, Warmup = 1 };
        Assert.Contains(experiment.Validate(), p => p.Key == "Warmup" && p.Message.StartsWith("isolated projects", StringComparison.Ordinal));
    }

    [Fact]
    public void Experiment_DefaultsComeFromSimulationOptions()
    {
        var experiment = new Experiment { Scenarios = [] };
        var simulation = new SimulationOptions();
        Assert.Equal((simulation.Projects, simulation.Replications, simulation.MaxProjectsInSystem, simulation.EffectiveWarmup),
            (experiment.Projects, experiment.Replications, experiment.MaxProjectsInSystem, experiment.EffectiveWarmup));
    }

    [Fact]
    public void Simulator_InvalidOptions_ThrowsWithEveryProblem()
    {
        var simulator = new MultiProjectSimulator(ScenarioReader.LoadBuiltIn("optical-mouse"));
        var e = Assert.Throws<ArgumentException>(() => simulator.Run(new SimulationOptions { Projects = 10, Warmup = 10, Replications = 0 }));
        Assert.Contains("Warmup: 10 must be from 0 to 9", e.Message, StringComparison.Ordinal);
        Assert.Contains("Replications: 0 must be at least 1", e.Message, StringComparison.Ordinal);
    }
}
