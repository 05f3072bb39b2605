using System.Text.Json;
using System.Xml.Linq;

namespace DevSim.Runner.Tests;

/// <summary>Sweeps and merges carry simulate's verdict per grid point (issue 17), also with one replication.</summary>
public class SweepVerdictTests
{
    /// <summary>The results.csv the last <see cref="SweepAndMerge"/> of this test wrote (figures sit beside it).</summary>
    private string? LastResults { get; set; }

    private JsonElement SweepAndMerge(string experiment, out string csv)
    {
        var folder = TestFiles.NewPath("devsim-verdict-");
        var sweep = CliRun.Of("sweep", CliRun.TempFile(experiment), "--out", folder);
        Assert.True(sweep.ExitCode == 0, sweep.Error);
        var results = Path.Combine(folder, "results.csv");
        var merge = CliRun.Of("merge", folder, "--out", results);
        LastResults = results;
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

    [Fact]
    public void Merge_UnsettledAndOverloadedPoints_FiguresDrawTheVerdictNotTheOverloadCount()
    {
        // 12.85 days is unsettled although no replication was stopped (status ok): it must still be drawn hollow.
        var json = SweepAndMerge("""
            name: states
            scenarios: [optical-mouse]
            policies: [static]
            interarrival: [10, 12.85, 20]
            projects: 3000
            replications: 4
            """, out _);
        var points = json.GetProperty("points");
        Assert.Equal(["overloaded", "unsettled", "stable"], points.EnumerateArray().Select(p => p.GetProperty("verdict").GetString()));
        Assert.Equal("ok", points[1].GetProperty("status").GetString());
        var folder = Path.GetDirectoryName(LastResults)!;
        var svg = XDocument.Load(Path.Combine(folder, "results-duration-optical-mouse.svg"));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var series = svg.Descendants(ns + "ellipse").Where(e => (string?)e.Attribute("stroke") == "#0072B2" || (string?)e.Attribute("fill") == "#0072B2").ToList();
        // Plot markers (not the legend's): the unsettled point hollow (no fill, an outline), the stable one filled, the overloaded one absent.
        var hollow = series.Where(e => (string?)e.Attribute("fill") == "none").ToList();
        Assert.Single(hollow);
        var filled = series.Where(e => (string?)e.Attribute("fill") == "#0072B2").Select(e => double.Parse((string)e.Attribute("cx")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.DoesNotContain(double.Parse((string)hollow[0].Attribute("cx")!, System.Globalization.CultureInfo.InvariantCulture), filled);
        // The overloaded point is a shaded span, labelled, not a marker.
        Assert.Contains(svg.Descendants(ns + "rect"), r => (string?)r.Attribute("fill") == "#999");
        var texts = svg.Descendants(ns + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("static, scenario overloaded", texts);
        Assert.Contains(texts, t => t.Contains("hollow markers: verdict unsettled", StringComparison.Ordinal));
    }
}
