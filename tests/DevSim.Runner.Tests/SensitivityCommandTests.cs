using System.Text.Json;

namespace DevSim.Runner.Tests;

/// <summary>`devsim sensitivity`: the ranked table, JSON and CSV files, and its errors.</summary>
public class SensitivityCommandTests
{
    [Fact]
    public void Sensitivity_Out_WritesJsonRankedCsvAndTheMatrix()
    {
        var folder = TestFiles.NewPath("devsim-sens-");
        var run = CliRun.Of("sensitivity", "optical-mouse", "--reps", "3000", "--reduce", "20%", "--out", folder, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("single-project", root.GetProperty("mode").GetString());
        Assert.Equal(0.2, root.GetProperty("reduction").GetDouble());
        var couplings = root.GetProperty("couplings");
        Assert.Equal(24, couplings.GetArrayLength()); // the mouse's cells with RP > 0 and RI > 0
        var first = couplings[0];
        Assert.Equal(1, first.GetProperty("rank").GetInt32());
        foreach (var key in new[] { "reworked", "causing", "probability", "impact", "firstOrderRework", "probabilityReduced", "impactReduced", "removed", "overloaded" })
            Assert.True(first.TryGetProperty(key, out _), $"missing key {key}");

        var csv = File.ReadAllLines(Path.Combine(folder, "sensitivity.csv"));
        Assert.Equal(25, csv.Length);
        Assert.StartsWith("rank,reworked_id,reworked_task,causing_id", csv[0], StringComparison.Ordinal);
        var matrix = File.ReadAllLines(Path.Combine(folder, "matrix.csv"));
        Assert.Equal(10, matrix.Length); // header and one row per task
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "sensitivity.json")));
        Assert.Equal(24, file.RootElement.GetProperty("couplings").GetArrayLength());
        // The heatmap, as SVG with its text and as PNG, listed among the files.
        var svg = File.ReadAllText(Path.Combine(folder, "matrix.svg"));
        Assert.Contains("What removing each coupling changes", svg, StringComparison.Ordinal);
        Assert.Contains("-3.", svg, StringComparison.Ordinal); // the top coupling's cell
        Assert.True(new FileInfo(Path.Combine(folder, "matrix.png")).Length > 1_000);
        Assert.Equal(5, file.RootElement.GetProperty("files").GetArrayLength());
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Sensitivity_Table_NamesTheCouplingToBreakFirst()
    {
        var run = CliRun.Of("sensitivity", "optical-mouse", "--reps", "3000", "--top", "3");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Top case design <- 4 Wheel mechanism", run.Output, StringComparison.Ordinal);
        Assert.Contains("21 more couplings", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--reduce", "0")]
    [InlineData("--reduce", "150%")]
    [InlineData("--reps", "1")]
    [InlineData("--interarrival", "-3")]
    [InlineData("--reps", "60000000")]
    [InlineData("--interarrival", "1e15")]
    [InlineData("--policy", "dynamic")]
    [InlineData("--projects", "5000")]
    public void Sensitivity_BadOption_ExitsWith2NamingIt(string option, string value)
    {
        var run = CliRun.Of("sensitivity", "optical-mouse", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_UnderOverload_GivesTheFullVerdict_TheSaturatedResourceAndItsLoadWithCi()
    {
        // The medical-device process every 25 days: its one-person quality team is offered about 1.15 of its capacity.
        var file = Repository.Path("experiments", "scenarios", "medical-device.yaml");
        string[] args = ["sensitivity", file, "--interarrival", "25", "--policy", "static", "--projects", "1000", "--reps", "3", "--top", "1"];
        var json = CliRun.Of([.. args, "--format", "json"]);
        Assert.True(json.ExitCode == 0, json.Error);
        var root = JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal("overloaded", root.GetProperty("verdict").GetString());
        Assert.Contains(root.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("Quality team's offered load is 1.1", StringComparison.Ordinal));
        var quality = root.GetProperty("loads").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "Quality team");
        Assert.True(quality.GetProperty("ci95")[0].GetDouble() > 1, $"{quality}");
        var table = System.Text.RegularExpressions.Regex.Replace(CliRun.Of(args).Output, @"\s+", " ");
        Assert.Contains("Verdict: overloaded - Quality team's offered load is 1.1", table, StringComparison.Ordinal);

        // One project alone has no load and no verdict.
        var alone = JsonDocument.Parse(CliRun.Of("sensitivity", file, "--reps", "2000", "--format", "json").Output).RootElement;
        Assert.Equal(JsonValueKind.Null, alone.GetProperty("verdict").ValueKind);
        Assert.Equal(0, alone.GetProperty("loads").GetArrayLength());
    }
}
