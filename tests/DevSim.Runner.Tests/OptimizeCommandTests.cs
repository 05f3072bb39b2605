using System.Text.Json;

namespace DevSim.Runner.Tests;

/// <summary>`devsim optimize`: the JSON contract and its errors, on small fast settings.</summary>
public class OptimizeCommandTests
{
    private const string FiveTasks = """
        name: five
        durations: { distribution: triangular, spread: 0.2 }
        tasks:
          - { id: 1, name: A, duration: 2 }
          - { id: 2, name: B, duration: 5 }
          - { id: 3, name: C, duration: 3 }
          - { id: 4, name: D, duration: 4 }
          - { id: 5, name: E, duration: 1 }
        rework:
          probability: [[0, 0.6, 0, 0, 0], [0, 0, 0.5, 0, 0], [0, 0, 0, 0.4, 0], [0.3, 0, 0, 0, 0.9], [0, 0.2, 0, 0, 0]]
          impact:      [[0, 0.5, 0, 0, 0], [0, 0, 0.5, 0, 0], [0, 0, 0, 0.6, 0], [0.4, 0, 0, 0, 0.7], [0, 0.3, 0, 0, 0]]
        """;

    private static void AssertEntry(JsonElement e)
    {
        foreach (var key in new[] { "sequence", "mean", "sd", "ci95", "reps" })
            Assert.True(e.TryGetProperty(key, out _), $"missing key {key}");
        Assert.InRange(e.GetProperty("mean").GetDouble(), e.GetProperty("ci95")[0].GetDouble(), e.GetProperty("ci95")[1].GetDouble());
    }

    [Fact]
    public void Optimize_Exhaustive_Json_HoldsEveryContractKey()
    {
        var path = CliRun.TempFile(FiveTasks);
        var run = CliRun.Of("optimize", path, "--method", "exhaustive", "--top", "3", "--final-reps", "5000", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        var root = JsonDocument.Parse(run.Output).RootElement;
        foreach (var key in new[] { "method", "objective", "best", "top", "evaluations", "generations", "elapsedSeconds" })
            Assert.True(root.TryGetProperty(key, out _), $"missing key {key}");
        Assert.Equal("exhaustive", root.GetProperty("method").GetString());
        Assert.Equal("min", root.GetProperty("objective").GetString());
        AssertEntry(root.GetProperty("best"));
        Assert.Equal(3, root.GetProperty("top").GetArrayLength());
        Assert.Equal(5000, root.GetProperty("best").GetProperty("reps").GetInt32());
        Assert.True(root.GetProperty("evaluations").GetInt64() >= 120); // 5! sequences at least
    }

    [Fact]
    public void Optimize_GaMaximise_ReportsGenerationsAndAWorseSequence()
    {
        var path = CliRun.TempFile(FiveTasks);
        string[] quick = ["--populations", "2", "--population-size", "20", "--reps", "200", "--final-reps", "5000", "--top", "2", "--format", "json"];
        var min = JsonDocument.Parse(CliRun.Of(["optimize", path, .. quick]).Output).RootElement;
        var max = JsonDocument.Parse(CliRun.Of(["optimize", path, "--objective", "max", .. quick]).Output).RootElement;
        Assert.Equal("ga", max.GetProperty("method").GetString());
        Assert.Equal("max", max.GetProperty("objective").GetString());
        Assert.True(max.GetProperty("generations").GetInt32() >= 1);
        AssertEntry(max.GetProperty("best"));
        Assert.True(max.GetProperty("best").GetProperty("mean").GetDouble() > min.GetProperty("best").GetProperty("mean").GetDouble());
    }

    [Fact]
    public void Optimize_Table_ShowsTheLeadersAndWhereTheirValuesComeFrom()
    {
        var path = CliRun.TempFile(FiveTasks);
        var run = CliRun.Of("optimize", path, "--method", "exhaustive", "--final-reps", "2000");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("fresh replications", run.Output, StringComparison.Ordinal);
        Assert.Contains("Runner-up minus best", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--method", "annealing" }, "devsim: --method: 'annealing' is not one of ga, exhaustive")]
    [InlineData(new[] { "--mutation-ratio", "0.2" }, "devsim: --reproduction, --crossover-ratio and --mutation-ratio: must add up to 1 (they add up to 1.19)")]
    [InlineData(new[] { "--crossover-ratio", "1.5" }, "devsim: --crossover-ratio: 1.5 is out of range (0 to 1)")]
    [InlineData(new[] { "--crossover", "cx" }, "devsim: --crossover: 'cx' is not one of pmx, ox1")]
    public void Optimize_BadArgument_OneClearLineAndExitCode2(string[] options, string expected)
    {
        var run = CliRun.Of(["optimize", "optical-mouse", .. options]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, run.ErrorLines[0]);
    }
}
