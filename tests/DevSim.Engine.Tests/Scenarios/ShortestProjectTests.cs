using DevSim.Engine.Evaluation;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Tests.Scenarios;

/// <summary>
/// <see cref="Scenario.ShortestProject"/>, the bound a due allowance is checked against: hand-computed for each distribution,
/// and never beaten by a simulated project.
/// </summary>
public class ShortestProjectTests
{
    [Theory]
    [InlineData("fixed", 0.3, 6.0)]        // the spread is ignored: 1 + 2 + 3
    [InlineData("triangular", 0.3, 4.2)]   // 0.7 x 6
    [InlineData("uniform", 0.5, 3.0)]      // 0.5 x 6
    public void ShortestProject_EveryTaskOnceAtItsShortest(string distribution, double spread, double expected) =>
        Assert.Equal(expected, TestScenarios.Build([1, 2, 3], distribution: distribution, spread: spread).ShortestProject, 12);

    [Fact]
    public void ShortestProject_NoSimulatedMouseProjectIsShorter()
    {
        var mouse = TestScenarios.Mouse;
        var durations = new SingleProjectEvaluator(mouse).Sample(mouse.DefaultSequence, 20_000, 3, 1, CancellationToken.None);
        Assert.Equal(0.8 * 56, mouse.ShortestProject, 12); // the mouse's nine durations add up to 56 days, triangular ±20%
        Assert.True(durations.Min() >= mouse.ShortestProject, $"a project took {durations.Min()} days, below the bound");
    }
}
