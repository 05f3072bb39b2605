using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DevSim.Runner.Tests;

/// <summary>Merged sweeps pool each grid point's duration percentiles from the cells' sketches, as simulate does (issue 17).</summary>
public class SweepPercentileTests
{
    private static readonly string Smoke = Repository.Path("experiments", "smoke.yaml");

    private static string SweepSmoke()
    {
        var folder = TestFiles.NewPath("devsim-percentiles-");
        var sweep = CliRun.Of("sweep", Smoke, "--out", folder);
        Assert.True(sweep.ExitCode == 0, sweep.Error);
        return folder;
    }

    private static (JsonElement Points, string Output) Merge(string folder)
    {
        var results = Path.Combine(folder, "results.csv");
        var merge = CliRun.Of("merge", folder, "--out", results, "--figures", "svg");
        Assert.True(merge.ExitCode == 0, merge.Error);
        var json = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(results, ".json"))).RootElement;
        return (json.GetProperty("points").Clone(), merge.Output);
    }

    private static long Bits(JsonElement e) => BitConverter.DoubleToInt64Bits(e.GetDouble());

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Merge_SmokeExperiment_PercentilesBitForBitAsSimulate(int index)
    {
        var (points, output) = Merge(SweepSmoke());
        var point = points[index];
        Assert.Equal("pooled", point.GetProperty("percentiles").GetString());
        Assert.DoesNotContain("not pooled", output, StringComparison.Ordinal);
        // smoke.yaml: seed 1, Poisson arrivals, 2,000 projects, 2 replications.
        var simulate = CliRun.Of("simulate", "optical-mouse", "--policy", point.GetProperty("policy").GetString()!,
            "--interarrival", point.GetProperty("interarrival").GetDouble().ToString(CultureInfo.InvariantCulture),
            "--projects", "2000", "--reps", "2", "--seed", "1", "--format", "json");
        Assert.True(simulate.ExitCode == 0, simulate.Error);
        var duration = JsonDocument.Parse(simulate.Output).RootElement.GetProperty("duration");
        foreach (var p in new[] { "50", "90", "99" })
        {
            Assert.Equal(Bits(duration.GetProperty($"p{p}")), Bits(point.GetProperty($"durationP{p}")));
            var expected = duration.GetProperty($"p{p}Ci95");
            var merged = point.GetProperty($"durationP{p}Ci95");
            Assert.Equal((Bits(expected[0]), Bits(expected[1])), (Bits(merged[0]), Bits(merged[1])));
        }
    }

    [Fact]
    public void Merge_CellsWithoutSketches_MeanOfPercentilesAndSaysSo()
    {
        var folder = SweepSmoke();
        var cells = Directory.GetFiles(Path.Combine(folder, "cells"), "*.json").Order().ToList();
        var p50s = new List<double>();
        foreach (var file in cells)
        {
            // A cell as DevSim wrote it before it stored the sketch.
            var node = JsonNode.Parse(File.ReadAllText(file))!;
            var result = node["result"]!.AsObject();
            Assert.True(result.Remove("durationSketch"));
            File.WriteAllText(file, node.ToJsonString());
            if (result["point"]!.GetValue<int>() == 0)
                p50s.Add(result["durationP50"]!.GetValue<double>());
        }
        var (points, output) = Merge(folder);
        Assert.Equal("mean of replications", points[0].GetProperty("percentiles").GetString());
        Assert.Equal(p50s.Average(), points[0].GetProperty("durationP50").GetDouble());
        Assert.Equal(JsonValueKind.Null, points[0].GetProperty("durationP50Ci95").ValueKind);
        Assert.Contains("6 grid points have cells written without their duration sketch", output, StringComparison.Ordinal);
        Assert.Contains("not pooled", output, StringComparison.Ordinal);
    }
}
