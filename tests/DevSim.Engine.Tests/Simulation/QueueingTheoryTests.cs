using DevSim.Engine.Evaluation;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>The multi-project simulation against queueing formulas and hand-computed cases.</summary>
public class QueueingTheoryTests
{
    // Triangular(0.8, 1, 1.2): E[S] = 1, Var[S] = 0.2² / 6.
    private const double ServiceVariance = 0.04 / 6;

    private static Scenario SingleTask(int capacity = 1, string distribution = "triangular") => TestScenarios.SingleServer(capacity, distribution);

    [Fact]
    public void Run_OneTaskPoissonArrivals_MeanWaitMatchesPollaczekKhinchine()
    {
        // M/G/1 at load 0.8: Wq = λ E[S²] / (2 (1 - ρ)).
        const double interarrival = 1.25;
        var lambda = 1 / interarrival;
        var rho = lambda * 1.0;
        var expected = lambda * (1 + ServiceVariance) / (2 * (1 - rho));
        var result = new MultiProjectSimulator(SingleTask()).Run(new SimulationOptions
        {
            Arrivals = new PoissonArrivals(interarrival),
            Projects = 100_000,
            Replications = 20,
            Seed = 11,
        });
        Assert.Null(result.Unstable);
        Assert.True(result.Waiting.Ci95.Contains(expected), $"P-K {expected:F4} outside {result.Waiting.Ci95}");
        Assert.True(result.Resources[0].Wait.Ci95.Contains(expected), $"P-K {expected:F4} outside {result.Resources[0].Wait.Ci95}");
        Assert.True(result.Resources[0].Utilization.Ci95.Contains(rho), $"ρ {rho} outside {result.Resources[0].Utilization.Ci95}");
        // Lq = λ Wq, and the duration is the wait plus one service.
        Assert.True(result.Resources[0].Queue.Ci95.Contains(lambda * expected), $"Lq {lambda * expected:F4} outside {result.Resources[0].Queue.Ci95}");
        Assert.True(result.Duration.Ci95.Contains(expected + 1), $"{expected + 1:F4} outside {result.Duration.Ci95}");
    }

    [Fact]
    public void Run_Mouse_LittlesLawHoldsAtEveryResource()
    {
        var result = new MultiProjectSimulator(TestScenarios.Mouse).Run(new SimulationOptions
        {
            Policy = SequencingPolicy.Dynamic,
            Arrivals = new PoissonArrivals(16),
            Projects = 40_000,
            Replications = 4,
            Seed = 3,
        });
        foreach (var replication in result.Replications)
        {
            foreach (var r in replication.Resources)
            {
                var little = r.RequestRate * r.Wait;
                Assert.True(Math.Abs(r.Queue - little) <= 0.02 * r.Queue + 0.002, $"Lq {r.Queue:F4} vs λW {little:F4}");
            }
        }
    }

    [Fact]
    public void Run_MouseStatic_UtilisationIsTheOfferedLoadFromTheSingleProjectWork()
    {
        // Under the static policy a project's executions do not depend on queueing, so the work it
        // brings to resource r is d_r plus the single-project rework time of task r.
        var mouse = TestScenarios.Mouse;
        var single = new SingleProjectEvaluator(mouse).Evaluate(mouse.DefaultSequence, new EvaluationOptions { Replications = 400_000 });
        var result = new MultiProjectSimulator(mouse).Run(new SimulationOptions
        {
            Arrivals = new PoissonArrivals(16),
            Projects = 40_000,
            Replications = 10,
            Seed = 4,
        });
        for (var r = 0; r < mouse.TaskCount; r++)
        {
            var expected = (mouse.Tasks[r].Duration + single.Tasks[r].ReworkTime) / 16;
            var measured = result.Resources[r].Utilization;
            Assert.True(Math.Abs(measured.Mean - expected) < 3 * measured.StandardError + 0.002,
                $"{mouse.Resources[r].Name}: utilisation {measured.Mean:F4} ± {measured.StandardError:F4}, offered load {expected:F4}");
            Assert.Equal(expected, result.Resources[r].OfferedLoad, 0.01);
        }
    }

    [Fact]
    public void Run_ProjectsThatNeverMeet_GiveTheSingleProjectResultsUnderBothPolicies()
    {
        var mouse = TestScenarios.Mouse;
        var single = new SingleProjectEvaluator(mouse).Evaluate(mouse.DefaultSequence, new EvaluationOptions { Replications = 200_000 });
        var options = new SimulationOptions { Arrivals = new FixedArrivals(10_000), Projects = 10_000, Warmup = 0, Replications = 8, Seed = 5 };
        var simulator = new MultiProjectSimulator(mouse);
        var staticRun = simulator.Run(options);
        var dynamicRun = simulator.Run(options with { Policy = SequencingPolicy.Dynamic });

        Assert.Equal(0, staticRun.Waiting.Mean);
        Assert.Equal(staticRun.Duration, dynamicRun.Duration); // no resource is ever busy: the policies coincide
        var difference = Math.Abs(staticRun.Duration.Mean - single.Duration.Mean);
        Assert.True(difference < 3 * Math.Sqrt(Math.Pow(staticRun.Duration.StandardError, 2) + Math.Pow(single.Duration.StandardError, 2)),
            $"multi {staticRun.Duration.Mean:F3} vs single {single.Duration.Mean:F3}");
        Assert.Equal(single.Duration.StandardDeviation, staticRun.DurationSd, 0.1);
    }

    [Fact]
    public void Run_CapacityTwoHandCase_NoWaitWhereCapacityOneOverflows()
    {
        // Fixed service 3, one arrival every 2: two servers always have one free (utilisation
        // 3 / (2 x 2) = 0.75); one server is offered 1.5 times what it can do.
        var options = new SimulationOptions { Arrivals = new FixedArrivals(2), Projects = 2_000, Replications = 2, MaxProjectsInSystem = 200 };
        Scenario Server(int capacity)
        {
            var d = TestScenarios.Definition([3.0], distribution: "fixed");
            d.Resources.Add(new ScenarioDefinition.ResourceEntry("server", capacity));
            d.Tasks[0] = d.Tasks[0] with { Resource = "server" };
            return Scenario.Create(d);
        }
        var two = new MultiProjectSimulator(Server(2)).Run(options);
        Assert.Null(two.Unstable);
        Assert.Equal(0, two.Waiting.Mean);
        Assert.Equal(3, two.Duration.Mean, 9);
        Assert.Equal(0.75, two.Resources[0].Utilization.Mean, 3);

        var one = new MultiProjectSimulator(Server(1)).Run(options);
        Assert.Equal("server", one.Unstable);
        Assert.Equal(1.5, one.UnstableLoad, 9);
    }

    [Fact]
    public void Run_CapacityTwo_WaitMatchesAllenCunneenAndIsFarBelowOneServerAtTheSameLoad()
    {
        // M/G/2 at per-server load 0.8 (λ = 1.6, E[S] = 1): Allen-Cunneen's approximation
        // Wq ≈ Wq(M/M/2) (1 + cs²) / 2, with Erlang C for Wq(M/M/2). Good to a few percent for low cs².
        const double lambda = 1.6;
        var erlangC = (lambda * lambda / (2 * (1 - 0.8))) / (1 + lambda + lambda * lambda / (2 * (1 - 0.8)));
        var mm2 = erlangC / (2 - lambda);
        var approximation = mm2 * (1 + ServiceVariance) / 2;
        var result = new MultiProjectSimulator(SingleTask(capacity: 2)).Run(new SimulationOptions
        {
            Arrivals = new PoissonArrivals(1 / lambda),
            Projects = 100_000,
            Replications = 10,
            Seed = 12,
        });
        Assert.Equal(0.8, result.Resources[0].Utilization.Mean, 2);
        Assert.InRange(result.Waiting.Mean, 0.9 * approximation, 1.1 * approximation);
        var mg1 = 0.8 * (1 + ServiceVariance) / (2 * 0.2); // one server at the same load
        Assert.True(result.Waiting.Mean < 0.5 * mg1, $"two servers wait {result.Waiting.Mean:F3}, one server {mg1:F3}");
    }

    [Fact]
    public void Run_WorstSequenceFastArrivals_ReportsTheSaturatedResourcePromptly()
    {
        var result = new MultiProjectSimulator(TestScenarios.Mouse).Run(new SimulationOptions
        {
            Sequence = [1, 6, 8, 3, 9, 7, 4, 5, 2],
            Arrivals = new PoissonArrivals(20),
            Projects = 1_000_000,
            Replications = 2,
        });
        Assert.Equal("Microprocessor design", result.Unstable);
        Assert.True(result.UnstableLoad > 1);
        Assert.All(result.Replications, r => Assert.True(r.StoppedEarly));
        Assert.All(result.Replications, r => Assert.True(r.Events < 2_000_000, $"{r.Events} events: it ran on instead of stopping"));
    }

    [Fact]
    public void Run_StableRun_IsNotFlagged()
    {
        var result = new MultiProjectSimulator(TestScenarios.Mouse).Run(new SimulationOptions
        {
            Arrivals = new PoissonArrivals(16),
            Projects = 5_000,
            Replications = 2,
        });
        Assert.Null(result.Unstable);
        Assert.True(double.IsNaN(result.UnstableLoad));
    }
}
