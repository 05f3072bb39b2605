using DevSim.Engine.Analysis;
using DevSim.Engine.Evaluation;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Tests.Analysis;

/// <summary>The planner's analysis: exact static limits, bisection brackets that hold the turn of the verdict, the rework bound's terms.</summary>
public class ProcessAnalysisTests
{
    private static readonly SimulationOptions QuickSimulation = new() { Projects = 4_000, Replications = 3 };

    [Fact]
    public void Analyse_StaticLimit_IsExactlyDemandOverCapacity()
    {
        var mouse = TestScenarios.Mouse;
        var options = new ProcessAnalysisOptions { Replications = 20_000, Seed = 3, Policies = [SequencingPolicy.Static], Interarrival = 16 };
        var result = ProcessAnalysis.Analyse(mouse, options);

        var evaluator = new SingleProjectEvaluator(mouse);
        var demands = evaluator.Demands(evaluator.Evaluate(mouse.DefaultSequence, new EvaluationOptions { Replications = 20_000, Seed = 3 }));
        var limit = Assert.Single(result.Limits);
        Assert.True(limit.Exact);
        Assert.Equal(demands.Max(d => d.CriticalInterarrival), limit.Lower);
        Assert.Equal(limit.Lower, limit.Upper);
        foreach (var (resource, demand) in result.Resources.Zip(demands))
        {
            Assert.Equal(demand.Work, resource.Work);
            Assert.Equal(demand.Work / demand.Capacity, resource.StaticLimit);
            Assert.Equal(demand.Work / (demand.Capacity * 16), resource.OfferedLoad);
            Assert.True(resource.WorkCi.Contains(resource.Work), $"{resource}");
            Assert.True(resource.Work >= resource.MinimumWork);
        }
        // Work counts d plus sampled rework: a resource whose tasks are reworked has a CI, one whose tasks never are has none.
        Assert.Contains(result.Resources, r => r.WorkCi.HalfWidth > 0);
        Assert.Contains(result.Resources, r => r.WorkCi.HalfWidth == 0 && r.Work == r.MinimumWork);
        Assert.Equal(demands.MaxBy(d => d.CriticalInterarrival)!.Name, limit.Resource);
    }

    [Fact]
    public void Analyse_DynamicBracket_HoldsThePointWhereTheVerdictTurns()
    {
        var mouse = TestScenarios.Mouse;
        var options = new ProcessAnalysisOptions
        {
            Replications = 10_000,
            Policies = [SequencingPolicy.Static, SequencingPolicy.Dynamic],
            Simulation = QuickSimulation,
            Tolerance = 0.02,
        };
        var result = ProcessAnalysis.Analyse(mouse, options);
        var bracket = result.Limits.Single(l => l.Policy == SequencingPolicy.Dynamic);
        Assert.False(bracket.Exact);
        Assert.True(bracket.Upper - bracket.Lower <= 0.02 * bracket.Upper, $"{bracket}");

        // Judged again with the same settings: overloaded at the lower end and below, not at the upper end and above.
        var simulator = new MultiProjectSimulator(mouse);
        bool Overloaded(double interarrival) =>
            simulator.Run(QuickSimulation with { Policy = SequencingPolicy.Dynamic, Arrivals = new PoissonArrivals(interarrival) }).SteadyState!.Verdict == Verdict.Overloaded;
        Assert.NotNull(bracket.UpperVerdict);
        Assert.NotEqual(Verdict.Overloaded, bracket.UpperVerdict);
        Assert.True(Overloaded(bracket.Lower), $"not overloaded at the lower end {bracket.Lower}");
        Assert.True(Overloaded(bracket.Lower * 0.95));
        Assert.False(Overloaded(bracket.Upper), $"overloaded at the upper end {bracket.Upper}");
        Assert.False(Overloaded(bracket.Upper * 1.05));
        // Dynamic sequencing keeps the mouse stable at faster arrivals than static (README: 28.4 against 20 on the worst sequence).
        Assert.True(bracket.Upper <= result.Limits.Single(l => l.Policy == SequencingPolicy.Static).Lower * 1.05);
    }

    [Fact]
    public void Analyse_NoRework_DynamicBracketSitsOnTheExactLimit()
    {
        // Without rework every policy brings the same work, so the dynamic limit is the static one: sum of d over capacity.
        var scenario = TestScenarios.Build([3, 5, 2, 4], distribution: "fixed");
        var result = ProcessAnalysis.Analyse(scenario, new ProcessAnalysisOptions
        {
            Replications = 1_000,
            Simulation = QuickSimulation with { Projects = 20_000 },
            Tolerance = 0.01,
        });
        var exact = result.Limits.Single(l => l.Policy == SequencingPolicy.Static).Lower;
        Assert.Equal(5, exact);
        Assert.All(result.Resources, r => Assert.Equal(0, r.WorkCi.HalfWidth));
        foreach (var bracket in result.Limits.Where(l => !l.Exact))
            Assert.InRange(exact, bracket.Lower * 0.98, bracket.Upper * 1.02);
    }

    [Fact]
    public void FirstOrderTerms_SumToTheBound_LargestFirst()
    {
        var mouse = TestScenarios.Mouse;
        var terms = ProcessAnalysis.FirstOrderTerms(mouse, mouse.DefaultSequence);
        Assert.Equal(ReworkBound.FirstOrder(mouse, mouse.DefaultSequence), terms.Sum(t => t.Term), 9);
        Assert.True(terms.Zip(terms.Skip(1)).All(p => p.First.Term >= p.Second.Term));
        Assert.Equal(new CouplingTerm(2, 4, 2.5), terms[0]); // top case reworked by the wheel mechanism: 0.5 x 0.5 x 10
    }

    [Fact]
    public void Options_OutOfRange_AreNamedByProperty()
    {
        var options = new ProcessAnalysisOptions { Replications = 1, Tolerance = 1, Interarrival = 0, Policies = [] };
        Assert.Equal(["Replications", "Interarrival", "Tolerance", "Policies"], options.Validate().Select(p => p.Key));
        Assert.Throws<ArgumentException>(() => ProcessAnalysis.Analyse(TestScenarios.Mouse, options));
        Assert.True(new ProcessAnalysisOptions().IsValid);
    }
}
