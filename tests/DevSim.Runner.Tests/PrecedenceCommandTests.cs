using System.Text.Json;

namespace DevSim.Runner.Tests;

/// <summary>Precedence constraints as a planner meets them on the command line.</summary>
public class PrecedenceCommandTests
{
    // The planner: six tasks, "Certification tests" (6) must come after "Requirements" (1), and so on.
    private const string Process = """
        name: planner
        tasks:
          - { id: 1, name: Requirements, duration: 3 }
          - { id: 2, name: Architecture, duration: 5 }
          - { id: 3, name: Detailed design, duration: 6 }
          - { id: 4, name: Prototype, duration: 4 }
          - { id: 5, name: Integration, duration: 3 }
          - { id: 6, name: Certification tests, duration: 4 }
        rework:
          probability:
            - [0, 0, 0, 0, 0, 0]
            - [0.6, 0, 0, 0, 0, 0]
            - [0.5, 0.6, 0, 0, 0, 0]
            - [0.4, 0.5, 0.6, 0, 0, 0]
            - [0.3, 0.4, 0.5, 0.6, 0, 0]
            - [0.2, 0.3, 0.4, 0.5, 0.6, 0]
          impact:
            - [0, 0, 0, 0, 0, 0]
            - [0.5, 0, 0, 0, 0, 0]
            - [0.5, 0.5, 0, 0, 0, 0]
            - [0.5, 0.5, 0.5, 0, 0, 0]
            - [0.5, 0.5, 0.5, 0.5, 0, 0]
            - [0.5, 0.5, 0.5, 0.5, 0.5, 0]
        precedence: [[1, 2], [1, 6], [4, 5], [5, 6]]
        """;

    [Fact]
    public void Evaluate_SequenceBreakingAPair_ExitsWith2NamingThePair()
    {
        var path = CliRun.TempFile(Process);
        var run = CliRun.Of("evaluate", path, "--sequence", "6,5,4,3,2,1", "--reps", "100");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("breaks precedence [1, 2]", run.Error, StringComparison.Ordinal);
        var simulate = CliRun.Of("simulate", path, "--sequence", "1,2,3,5,4,6", "--interarrival", "20", "--projects", "100", "--reps", "2");
        Assert.Equal(2, simulate.ExitCode);
        Assert.Contains("breaks precedence [4, 5]", simulate.Error, StringComparison.Ordinal);
        File.Delete(path);
    }

    [Fact]
    public void Optimize_Exhaustive_ReportsHowManyOrdersRespectThePairs()
    {
        var path = CliRun.TempFile(Process);
        var run = CliRun.Of("optimize", path, "--method", "exhaustive", "--first-pass-reps", "50", "--survivors", "20", "--final-reps", "2000", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        // Tasks 1, 2, 4, 5, 6: the chains 1 < 2 and 4 < 5 < 6 interleave in C(5, 2) = 10 ways, less the one with 6 before 1
        // (4, 5, 6, 1, 2); task 3 is free in any of 6 places: 9 x 6 = 54 of the 720 orders.
        Assert.Equal(54, json.RootElement.GetProperty("sequencesRespectingPrecedence").GetInt64());
        var best = json.RootElement.GetProperty("best").GetProperty("sequence").EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.True(best.IndexOf(1) < best.IndexOf(2) && best.IndexOf(1) < best.IndexOf(6));
        Assert.True(best.IndexOf(4) < best.IndexOf(5) && best.IndexOf(5) < best.IndexOf(6));
        var table = CliRun.Of("optimize", path, "--method", "exhaustive", "--first-pass-reps", "50", "--survivors", "20", "--final-reps", "2000");
        Assert.Contains("Precedence: 54 orders respect the scenario's pairs", table.Output, StringComparison.Ordinal);
        File.Delete(path);
    }

    [Fact]
    public void Optimize_Ga_ReturnsOnlyOrdersThatRespectThePairs()
    {
        // Without constraints the GA puts Certification tests first and Requirements last (the complaint).
        var path = CliRun.TempFile(Process);
        var run = CliRun.Of("optimize", path, "--method", "ga", "--reps", "200", "--race-reps", "1000", "--final-reps", "1000", "--max-generations", "20", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        foreach (var entry in json.RootElement.GetProperty("top").EnumerateArray())
        {
            var s = entry.GetProperty("sequence").EnumerateArray().Select(e => e.GetInt32()).ToList();
            Assert.True(s.IndexOf(1) < s.IndexOf(2) && s.IndexOf(1) < s.IndexOf(6) && s.IndexOf(4) < s.IndexOf(5) && s.IndexOf(5) < s.IndexOf(6), string.Join(",", s));
        }
        Assert.False(json.RootElement.TryGetProperty("sequencesRespectingPrecedence", out _)); // exhaustive only
        File.Delete(path);
    }

    [Fact]
    public void Optimize_ShippedConstrainedDevice_GaAndExhaustiveAgreeOnAnOrderThatRespectsThePairs()
    {
        // Without precedence the exhaustive optimum of the same process is 6, 4, 5, 3, 2, 1 (verification first, requirements last).
        var path = Repository.Path("experiments", "scenarios", "device-constrained.yaml");
        var exhaustive = CliRun.Of("optimize", path, "--method", "exhaustive", "--final-reps", "5000", "--format", "json");
        var ga = CliRun.Of("optimize", path, "--method", "ga", "--final-reps", "5000", "--format", "json");
        Assert.Equal(0, exhaustive.ExitCode);
        Assert.Equal(0, ga.ExitCode);
        using var e = JsonDocument.Parse(exhaustive.Output);
        using var g = JsonDocument.Parse(ga.Output);
        Assert.Equal(12, e.RootElement.GetProperty("sequencesRespectingPrecedence").GetInt64()); // 1 first, 6 last, 3 before 4: 4!/2
        static int[] Best(JsonDocument d) => [.. d.RootElement.GetProperty("best").GetProperty("sequence").EnumerateArray().Select(x => x.GetInt32())];
        Assert.Equal(Best(e), Best(g));
        Assert.Equal(1, Best(e)[0]);
        Assert.Equal(6, Best(e)[^1]);
    }
}
