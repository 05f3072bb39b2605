using DevSim.Engine.Evaluation;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Tests.Scenarios;

/// <summary>Random DSM processes: reproducible, of the asked size and density, and always finite.</summary>
public class RandomScenarioTests
{
    [Fact]
    public void Create_SameSeedSameProcess_OtherSeedOtherProcess()
    {
        var a = RandomScenario.Create(20, 0.3, 7);
        var b = RandomScenario.Create(20, 0.3, 7);
        var c = RandomScenario.Create(20, 0.3, 8);
        Assert.Equal(a.Tasks, b.Tasks);
        Assert.Equal(a.ReworkProbability(3, 5), b.ReworkProbability(3, 5));
        Assert.NotEqual(a.Tasks.Select(t => t.Duration), c.Tasks.Select(t => t.Duration));
    }

    [Theory]
    [InlineData(100, 0.1)]
    [InlineData(100, 0.3)]
    [InlineData(50, 0)]
    public void Create_DensityIsTheShareOfOffDiagonalNonZeros_WithinSamplingError(int n, double density)
    {
        var s = RandomScenario.Create(n, density, 3);
        var nonZeros = 0;
        for (var i = 1; i <= n; i++)
        {
            for (var j = 1; j <= n; j++)
            {
                if (s.ReworkProbability(i, j) > 0)
                {
                    nonZeros++;
                    Assert.NotEqual(i, j);
                    Assert.InRange(s.ReworkProbability(i, j), 0.05, 0.5);
                    Assert.InRange(s.ReworkImpact(i, j), 0.05, 0.5);
                }
            }
        }
        var cells = n * (n - 1.0);
        var sd = Math.Sqrt(cells * density * (1 - density));
        Assert.InRange(nonZeros, cells * density - 4 * sd - 0.5, cells * density + 4 * sd + 0.5);
        Assert.Equal(n, s.Resources.Count); // one resource per task
        Assert.All(s.Tasks, t => Assert.InRange(t.Duration, 1, 10));
    }

    [Fact]
    public void Create_DenseLargeProcess_ReworkDiesOut()
    {
        var s = RandomScenario.Create(60, 0.3, 1);
        var result = new SingleProjectEvaluator(s).Evaluate(s.DefaultSequence, new EvaluationOptions { Replications = 200 });
        Assert.True(double.IsFinite(result.Duration.Mean) && result.Duration.Mean > s.Tasks.Sum(t => t.Duration));
    }
}
