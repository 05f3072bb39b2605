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
}
