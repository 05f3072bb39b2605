using System.Text.Json;

namespace DevSim.Runner.Tests;

/// <summary>Sweeps and merges carry simulate's verdict per grid point (issue 17), also with one replication.</summary>
public class SweepVerdictTests
{
    private static JsonElement SweepAndMerge(string experiment, out string csv)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"devsim-verdict-{Guid.NewGuid():N}");
        var sweep = CliRun.Of("sweep", CliRun.TempFile(experiment), "--out", folder);
        Assert.True(sweep.ExitCode == 0, sweep.Error);
        var results = Path.Combine(folder, "results.csv");
        var merge = CliRun.Of("merge", folder, "--out", results);
        Assert.True(merge.ExitCode == 0, merge.Error);
        csv = File.ReadAllText(results);
        return JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(results, ".json"))).RootElement.Clone();
    }

    [Fact]
    public void Merge_PointsAtLowLoadAndOverload_VerdictPerPointAsSimulateJudges()
    {
        var json = SweepAndMerge("""
            scenarios: [optical-mouse]
            policies: [static]
            interarrival: [10, 20]
            projects: 3000
            replications: 3
            """, out var csv);
        var points = json.GetProperty("points");
        Assert.Equal("overloaded", points[0].GetProperty("verdict").GetString());
        Assert.Contains("above 1", points[0].GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
        var simulate = CliRun.Of("simulate", "optical-mouse", "--interarrival", "20", "--projects", "3000", "--reps", "3", "--format", "json");
        var expected = JsonDocument.Parse(simulate.Output).RootElement;
        Assert.Equal(expected.GetProperty("verdict").GetString(), points[1].GetProperty("verdict").GetString());
        Assert.Equal(expected.GetProperty("steadyState").GetProperty("mserCut").GetInt64(), points[1].GetProperty("mserCut").GetInt64());
        var header = csv.Split('\n')[0].Split(',');
        Assert.Contains("verdict", header);
        Assert.Contains("reasons", header);
    }

    [Fact]
    public void Merge_OneReplication_BatchMeansCisNotNaN()
    {
        var json = SweepAndMerge("""
            scenarios: [optical-mouse]
            policies: [dynamic]
            interarrival: [18]
            projects: 4000
            replications: 1
            """, out var csv);
        var point = json.GetProperty("points")[0];
        foreach (var block in new[] { "duration", "waiting", "rework", "inSystem" })
        {
            var ci = point.GetProperty(block).GetProperty("ci95");
            Assert.True(ci[0].ValueKind == JsonValueKind.Number && ci[1].ValueKind == JsonValueKind.Number, $"{block}: {ci}");
        }
        Assert.DoesNotContain("NaN", csv.Split('\n')[1].Split(',')[7..11].AsEnumerable());
    }
}
