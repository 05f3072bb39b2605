using DevSim.Engine.Capacity;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Capacity;

/// <summary>The capacity search against queueing formulas, long simulations and its own stopping rules.</summary>
public class CapacitySearchTests
{
    // Triangular(0.8, 1, 1.2): E[S] = 1, Var[S] = 0.2² / 6.
    private const double ServiceVariance = 0.04 / 6;

    private static ScenarioSystem SingleTask() => new(TestScenarios.SingleServer(), aloneReplications: 20_000);

    private static CapacityOptions Options(double target, double? percentile = null, double tolerance = 0.01, int projects = 20_000, int replications = 10) => new()
    {
        Target = target,
        Measure = new DurationMeasure(percentile),
        Policies = [SequencingPolicy.Static],
        Simulation = new SimulationOptions { Projects = projects, Replications = replications, Seed = 7 },
        Tolerance = tolerance,
    };

    [Fact]
    public void Find_MG1MeanTarget_BracketsThePollaczekKhinchineRateWithinTheTolerance()
    {
        // M/G/1 with E[S] = 1: the mean duration is 1 + λ E[S²] / (2 (1 − λ)); it equals T at λ = 2 (T − 1) / (E[S²] + 2 (T − 1)).
        const double target = 3;
        var exact = 2 * (target - 1) / (1 + ServiceVariance + 2 * (target - 1));
        var found = Assert.Single(CapacitySearch.Find(SingleTask(), Options(target)).Rates);

        Assert.Equal(CapacityStop.Tolerance, found.StoppedBecause);
        Assert.True(found.UpperRate - found.LowerRate <= 0.01 * found.UpperRate);
        // The bracket, widened by the stated tolerance, holds the formula's rate (λ ≈ 0.799, load 0.8).
        Assert.InRange(exact, found.LowerRate * 0.99, found.UpperRate * 1.01);
        Assert.True(found.AtLower!.Meets(target));
        Assert.False(found.AtUpper!.Meets(target));
    }

    [Fact]
    public void Find_MG1NinetiethPercentileTarget_AgreesWithALongSimulationWithinTheTolerance()
    {
        const double target = 4;
        const double tolerance = 0.02;
        var system = SingleTask();
        var found = Assert.Single(CapacitySearch.Find(system, Options(target, percentile: 90, tolerance: tolerance)).Rates);
        Assert.Equal(CapacityStop.Tolerance, found.StoppedBecause);

        // A five times longer simulation on another seed: below the bracket (by the tolerance) the 90th percentile meets the target, above it it does not.
        var settings = new SimulationOptions { Projects = 100_000, Replications = 10, Seed = 99 };
        var slower = system.Run(found.LowerRate * (1 - tolerance), SequencingPolicy.Static, settings, new DurationMeasure(90));
        var faster = system.Run(found.UpperRate * (1 + tolerance), SequencingPolicy.Static, settings, new DurationMeasure(90));
        Assert.True(slower.Measure.Mean <= target, $"p90 {slower.Measure.Mean:F3} at {slower.Rate:F4} per day");
        Assert.True(faster.Measure.Mean > target, $"p90 {faster.Measure.Mean:F3} at {faster.Rate:F4} per day");
    }

    [Fact]
    public void Find_TargetBelowTheSingleProjectDuration_IsUnreachableWithoutSimulating()
    {
        var found = Assert.Single(CapacitySearch.Find(SingleTask(), Options(target: 0.9)).Rates);
        Assert.Equal(CapacityStop.Unreachable, found.StoppedBecause);
        Assert.Equal(0, found.Evaluations);
        Assert.Equal(0, found.LowerRate);
        Assert.Null(found.AtLower);
    }

    [Fact]
    public void Find_FewReplicationsAndATightTolerance_StopsWhenTheCisAtBothEndsHoldTheTarget()
    {
        var found = Assert.Single(CapacitySearch.Find(SingleTask(), Options(target: 3, tolerance: CapacityOptions.MinTolerance, projects: 2_000, replications: 2)).Rates);
        Assert.Equal(CapacityStop.Replications, found.StoppedBecause);
        Assert.True(found.AtLower!.Straddles(3) && found.AtUpper!.Straddles(3));
        Assert.True(found.UpperRate - found.LowerRate > CapacityOptions.MinTolerance * found.UpperRate);
    }

    [Fact]
    public void Find_EvaluationBudget_BoundsTheSearch()
    {
        var options = Options(target: 3, tolerance: CapacityOptions.MinTolerance) with { MaxEvaluations = 3 };
        var found = Assert.Single(CapacitySearch.Find(SingleTask(), options).Rates);
        Assert.Equal(CapacityStop.StepLimit, found.StoppedBecause);
        Assert.Equal(3, found.Evaluations);
    }

    [Fact]
    public void Find_SameSeed_SameBracketOnAnyThreadCount()
    {
        var options = Options(target: 3, projects: 5_000, replications: 4);
        var one = CapacitySearch.Find(SingleTask(), options with { Simulation = options.Simulation with { MaxDegreeOfParallelism = 1 } }).Rates[0];
        var every = CapacitySearch.Find(SingleTask(), options).Rates[0];
        Assert.Equal(one.LowerRate, every.LowerRate);
        Assert.Equal(one.UpperRate, every.UpperRate);
        Assert.Equal(one.Points.Select(p => p.Measure.Mean), every.Points.Select(p => p.Measure.Mean));
    }

    [Theory]
    [InlineData(-1, null, "Target")]
    [InlineData(3, 100.0, "Percentile")]
    [InlineData(3, 0.0, "Percentile")]
    public void Validate_OutOfRange_NamesTheSetting(double target, double? percentile, string key)
    {
        var problems = Options(target, percentile).Validate();
        Assert.Contains(problems, p => p.Key == key);
    }

    [Fact]
    public void Validate_ToleranceBelowTheFloor_IsRefused() =>
        Assert.Contains(Options(3, tolerance: CapacityOptions.MinTolerance / 2).Validate(), p => p.Key == nameof(CapacityOptions.Tolerance));
}
