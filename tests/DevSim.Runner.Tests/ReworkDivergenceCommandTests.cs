namespace DevSim.Runner.Tests;

/// <summary>Rework that never dies out: simulate and sweep stop with one clear line and exit code 2 instead of hanging.</summary>
public class ReworkDivergenceCommandTests
{
    private const string Cycle = """
        name: cycle
        durations: { distribution: triangular, spread: 0.2 }
        tasks:
          - { id: 1, name: A, duration: 2 }
          - { id: 2, name: B, duration: 3 }
        rework:
          probability:
            - [0, 1]
            - [1, 0]
          impact:
            - [0, 1]
            - [1, 0]
        """;

    [Fact]
    public void Simulate_FullSizeReworkCycle_OneLineAndExitCode2()
    {
        var path = CliRun.TempFile(Cycle);
        var run = CliRun.Of("simulate", path, "--interarrival", "10", "--projects", "20", "--reps", "2");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("devsim: rework does not die out: 1,000,001 task executions passed without any project finishing", run.ErrorLines.Single(), StringComparison.Ordinal);
    }
}
