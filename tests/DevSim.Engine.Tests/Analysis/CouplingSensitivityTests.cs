using DevSim.Engine.Analysis;
using DevSim.Engine.Evaluation;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Analysis;

/// <summary>Coupling sensitivity: paired effects that are exactly 0 where a cell cannot act, and agree with brute force where it dominates.</summary>
public class CouplingSensitivityTests
{
    // Task 1 is never reworked (its row is 0) and comes first, so when it completes (once) task 3 is never
    // done yet: cell (3, 1) can never fire. Tasks 2 and 3 rework each other, so rework does happen.
    private static Scenario InertCellProcess() => TestScenarios.Build([4, 6, 5],
        TestScenarios.Cells(3, (3, 1, 0.9), (2, 3, 0.6), (3, 2, 0.4)),
        TestScenarios.Cells(3, (3, 1, 0.8), (2, 3, 0.5), (3, 2, 0.7)));

    [Fact]
    public void WithCoupling_SameValues_SameDurationsBitForBit()
    {
        var mouse = TestScenarios.Mouse;
        var copy = mouse.WithCoupling(2, 7, mouse.ReworkProbability(2, 7), mouse.ReworkImpact(2, 7));
        var original = new SingleProjectEvaluator(mouse).Sample(mouse.DefaultSequence, 5_000);
        var copied = new SingleProjectEvaluator(copy).Sample(mouse.DefaultSequence, 5_000);
        Assert.Equal(original, copied);
    }

    [Fact]
    public void WithCoupling_CellZeroInTheOriginal_CannotBeRaised()
    {
        var scenario = InertCellProcess();
        Assert.Throws<ArgumentOutOfRangeException>(() => scenario.WithCoupling(1, 2, 0.5, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => scenario.WithCoupling(2, 2, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => scenario.WithCoupling(2, 3, 1.5, 0.5));
    }

    [Fact]
    public void Analyse_CellThatCannotAct_HasAnEffectOfExactlyZero()
    {
        var result = CouplingSensitivity.Analyse(InertCellProcess(), new SensitivityOptions { Replications = 20_000, Sequence = [1, 2, 3] });

        var inert = Assert.Single(result.Effects, e => e.ReworkedId == 3 && e.CausingId == 1);
        foreach (var effect in new[] { inert.ProbabilityReduced, inert.ImpactReduced, inert.Removed })
        {
            Assert.Equal(0.0, effect.Mean);
            Assert.Equal(new DevSim.Engine.Statistics.Interval(0, 0), effect.Ci95);
        }
        Assert.Equal(0, inert.FirstOrderRework); // reworked task after the causing one: no term in the bound
        // The live couplings do act: removing either shortens projects, beyond its CI.
        Assert.All(result.Effects.Where(e => e != inert), e => Assert.True(e.Removed.Ci95.Upper < 0, $"{e}"));
    }

    [Fact]
    public void Analyse_CellThatCannotAct_HasAnEffectOfExactlyZeroUnderStaticLoadToo()
    {
        // Static sequencing keeps the order under load (dynamic may start task 3 before task 1, and then the cell acts).
        var simulation = new SimulationOptions
        {
            Policy = SequencingPolicy.Static,
            Arrivals = new PoissonArrivals(9),
            Projects = 2_000,
            Replications = 3,
            Sequence = [1, 2, 3],
        };
        var result = CouplingSensitivity.Analyse(InertCellProcess(), new SensitivityOptions { Simulation = simulation });

        var inert = Assert.Single(result.Effects, e => e.ReworkedId == 3 && e.CausingId == 1);
        Assert.Equal(0.0, inert.Removed.Mean);
        Assert.Equal(0.0, inert.ProbabilityReduced.Mean);
        Assert.Equal(3, inert.Removed.Pairs);
        Assert.False(result.BaselineOverloaded);
    }

    [Fact]
    public void Analyse_DominantCell_AgreesWithABruteForceFiniteDifference()
    {
        // The paired estimate from 20,000 common-random-number pairs against the difference of two
        // independent 300,000-replication evaluations on different seeds: their 95% CIs must overlap.
        var mouse = TestScenarios.Mouse;
        var result = CouplingSensitivity.Analyse(mouse, new SensitivityOptions { Replications = 20_000 });
        var top = result.Effects[0];
        Assert.True(top.Removed.Ci95.Upper < 0, $"the top coupling should save time: {top.Removed}");

        var options = new EvaluationOptions { Replications = 300_000, Seed = 11 };
        var original = new SingleProjectEvaluator(mouse).Evaluate(mouse.DefaultSequence, options);
        foreach (var (changed, effect) in new[]
        {
            (mouse.WithCoupling(top.ReworkedId, top.CausingId, 0, 0), top.Removed),
            (mouse.WithCoupling(top.ReworkedId, top.CausingId, top.Probability * 0.9, top.Impact), top.ProbabilityReduced),
        })
        {
            var variant = new SingleProjectEvaluator(changed).Evaluate(mouse.DefaultSequence, options with { Seed = 12 });
            var bruteForce = variant.Duration.Mean - original.Duration.Mean;
            var bruteHalf = 1.96 * Math.Sqrt(Math.Pow(variant.Duration.StandardError, 2) + Math.Pow(original.Duration.StandardError, 2));
            Assert.True(Math.Abs(bruteForce - effect.Mean) <= bruteHalf + effect.Ci95.HalfWidth,
                $"brute force {bruteForce:F4} ± {bruteHalf:F4} against paired {effect.Mean:F4} ± {effect.Ci95.HalfWidth:F4}");
            // Pairing is what makes the analysis cheap: for the same number of runs its CI is narrower (2 times for the removal of the top coupling on the mouse, more for small changes).
            var independentAtSameRuns = bruteHalf * Math.Sqrt(300_000.0 / 20_000);
            Assert.True(effect.Ci95.HalfWidth * 1.5 < independentAtSameRuns, $"paired {effect.Ci95.HalfWidth} against independent {independentAtSameRuns}");
        }
    }

    [Fact]
    public void Analyse_RankedByTheSavingOfRemoval_AndTheSameOnAnyThreadCount()
    {
        var mouse = TestScenarios.Mouse;
        var one = CouplingSensitivity.Analyse(mouse, new SensitivityOptions { Replications = 4_000, MaxDegreeOfParallelism = 1 });
        var all = CouplingSensitivity.Analyse(mouse, new SensitivityOptions { Replications = 4_000 });

        Assert.Equal(CouplingSensitivity.Couplings(mouse).Count, one.Effects.Count);
        Assert.Equal(one.Effects, all.Effects);
        Assert.True(one.Effects.Zip(one.Effects.Skip(1)).All(p => p.First.Removed.Mean <= p.Second.Removed.Mean));
    }

    [Fact]
    public void Analyse_UnderLoad_SameOnAnyThreadCount_AndTheBottleneckCouplingCostsMoreThanAlone()
    {
        var mouse = TestScenarios.Mouse;
        var simulation = new SimulationOptions { Policy = SequencingPolicy.Dynamic, Arrivals = new PoissonArrivals(14), Projects = 3_000, Replications = 3 };
        var one = CouplingSensitivity.Analyse(mouse, new SensitivityOptions { Simulation = simulation, MaxDegreeOfParallelism = 1 });
        var all = CouplingSensitivity.Analyse(mouse, new SensitivityOptions { Simulation = simulation });
        Assert.Equal(one.Effects, all.Effects);

        // The top case (the mouse's bottleneck) reworked by the wheel mechanism: 3.4 days alone, many times that at interarrival 14.
        var alone = CouplingSensitivity.Analyse(mouse, new SensitivityOptions { Replications = 20_000 }).Effects.Single(e => e.ReworkedId == 2 && e.CausingId == 4);
        var loaded = one.Effects.Single(e => e.ReworkedId == 2 && e.CausingId == 4);
        Assert.True(loaded.Removed.Ci95.Upper < 3 * alone.Removed.Mean, $"under load {loaded.Removed}, alone {alone.Removed}");
    }

    [Fact]
    public void Analyse_OverloadedProcess_IsFlaggedByTheVerdict()
    {
        // The mouse's top case needs 12.6 days a project: at interarrival 10 static sequencing loads it to 1.26.
        var simulation = new SimulationOptions { Arrivals = new PoissonArrivals(10), Projects = 2_000, Replications = 2 };
        var result = CouplingSensitivity.Analyse(TestScenarios.Mouse, new SensitivityOptions { Simulation = simulation });
        Assert.True(result.BaselineOverloaded);
        Assert.Contains(result.Effects, e => e.Removed.Overloaded);
    }

    [Fact]
    public void Analyse_BadOptions_AreRefusedNamingThem()
    {
        var error = Assert.Throws<ArgumentException>(() => CouplingSensitivity.Analyse(TestScenarios.Mouse, new SensitivityOptions { Reduction = 0 }));
        Assert.Contains("Reduction", error.Message, StringComparison.Ordinal);
        Assert.Equal(["Replications"], new SensitivityOptions { Replications = 1 }.Validate().Select(p => p.Key));
        Assert.Equal(["Replications"], new SensitivityOptions { Simulation = new SimulationOptions { Replications = 1 } }.Validate().Select(p => p.Key));
        Assert.True(new SensitivityOptions().IsValid);
        Assert.Throws<ScenarioException>(() => CouplingSensitivity.Analyse(TestScenarios.Mouse, new SensitivityOptions { Sequence = [1, 2] }));
    }
}
