using System.Text.Json;

namespace DevSim.Runner.Tests;

/// <summary>`devsim analyze`: its JSON contract, files and errors.</summary>
public class AnalyzeCommandTests
{
    private static readonly string[] Quick = ["--reps", "5000", "--projects", "2000", "--sim-reps", "2", "--tolerance", "0.05"];

    [Fact]
    public void Analyze_TellsEachSimulationOfItsSearchesOnStandardError_OnePerSimulationTheJsonCounts()
    {
        var run = CliRun.Of(["analyze", "optical-mouse", "--policy", "dynamic", "--format", "json", .. Quick]);
        Assert.Equal(0, run.ExitCode);
        var simulations = JsonDocument.Parse(run.Output).RootElement.GetProperty("limits").EnumerateArray()
            .Single(l => l.GetProperty("policy").GetString() == "dynamic").GetProperty("simulations").GetInt32();
        Assert.Equal(simulations, run.ErrorLines.Length);
        for (var i = 0; i < simulations; i++)
            Assert.StartsWith($"analyze: dynamic limit, simulation {i + 1} at interarrival ", run.ErrorLines[i], StringComparison.Ordinal);
        // Before the first stable run the line says so; after it, the bracket it has narrowed to.
        Assert.EndsWith("nothing stable yet)", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.Contains("so far)", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_Json_HoldsResourcesLimitsAndRework_AndWritesTheFiles()
    {
        var folder = TestFiles.NewPath("devsim-analyze-");
        var run = CliRun.Of(["analyze", "optical-mouse", "--interarrival", "14", "--out", folder, "--format", "json", .. Quick]);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        foreach (var key in new[] { "scenario", "sequence", "duration", "resources", "limits", "rework", "bisection", "files" })
            Assert.True(root.TryGetProperty(key, out _), $"missing key {key}");
        var resources = root.GetProperty("resources");
        Assert.Equal(9, resources.GetArrayLength());
        foreach (var resource in resources.EnumerateArray())
        {
            // offered load = work / (capacity x interarrival), and the static limit = work / capacity, exactly
            var work = resource.GetProperty("work").GetDouble();
            var capacity = resource.GetProperty("capacity").GetInt32();
            Assert.Equal(work / capacity, resource.GetProperty("staticLimit").GetDouble());
            Assert.Equal(work / (capacity * 14.0), resource.GetProperty("offeredLoad").GetDouble());
        }
        var limits = root.GetProperty("limits");
        Assert.Equal(["static", "dynamic", "rework-aware"], limits.EnumerateArray().Select(l => l.GetProperty("policy").GetString()));
        Assert.True(limits[0].GetProperty("exact").GetBoolean());
        Assert.Equal("Top case design", limits[0].GetProperty("resource").GetString());
        Assert.True(limits[1].GetProperty("lower").GetDouble() < limits[1].GetProperty("upper").GetDouble());
        Assert.Contains(limits[1].GetProperty("upperVerdict").GetString(), new[] { "stable", "unsettled" }); // the verdict at the bracket's upper end
        Assert.Equal(JsonValueKind.Null, limits[0].GetProperty("upperVerdict").ValueKind); // static runs no simulation
        Assert.Equal(5, root.GetProperty("rework").GetProperty("topCouplings").GetArrayLength());

        Assert.Equal(10, File.ReadAllLines(Path.Combine(folder, "resources.csv")).Length);
        Assert.Equal(4, File.ReadAllLines(Path.Combine(folder, "limits.csv")).Length);
        Assert.Equal(6, File.ReadAllLines(Path.Combine(folder, "couplings.csv")).Length);
        Assert.True(File.Exists(Path.Combine(folder, "analysis.json")));
        foreach (var figure in new[] { "resource-limits", "offered-load" })
        {
            Assert.Contains("optical-mouse", File.ReadAllText(Path.Combine(folder, figure + ".svg")), StringComparison.Ordinal);
            Assert.True(new FileInfo(Path.Combine(folder, figure + ".png")).Length > 1_000);
        }
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "analysis.json")));
        Assert.Equal(8, file.RootElement.GetProperty("files").GetArrayLength()); // 4 data files and 2 figures in 2 formats
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Analyze_StaticOnly_RunsNoSimulationAndPrintsTheTables()
    {
        var run = CliRun.Of("analyze", "optical-mouse", "--policies", "static", "--reps", "5000");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("exact: from the single-project demand", run.Output, StringComparison.Ordinal);
        Assert.Contains("first-order rework bound 4.730", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("bisection:", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(" simulations", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--policy", "static,fastest")]
    [InlineData("--tolerance", "1.5")]
    [InlineData("--interarrival", "0")]
    [InlineData("--reps", "1")]
    [InlineData("--sim-reps", "2000000")]
    [InlineData("--interarrival", "1e15")]
    public void Analyze_BadOption_ExitsWith2NamingIt(string option, string value)
    {
        var run = CliRun.Of("analyze", "optical-mouse", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }
}
