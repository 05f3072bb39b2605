using System.Globalization;
using System.Text.Json;
using DevSim.Runner.Replay;

namespace DevSim.Runner.Tests;

/// <summary>The paper's other readings from the command line (docs/model.md#readings-of-the-paper) and the replay's issue-21 sections.</summary>
public class ReadingsCommandTests
{
    private const string TwoTasks = """
        name: two-task
        tasks:
          - { id: 1, name: A, duration: 2 }
          - { id: 2, name: B, duration: 3 }
        rework:
          probability: [[0, 0.5], [0.8, 0]]
          impact:      [[0, 0.7], [0.6, 0]]
        sequence: [1, 2]
        """;

    private static double Mean(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement.GetProperty("mean").GetDouble();
    }

    [Fact]
    public void Evaluate_RowsAltOnThePapersWorstSequence_IsShorterThanTheDefaultReading()
    {
        // The cable (first) is redone after the click mechanism instead of the microprocessor; the
        // microprocessor reworks more tasks than the click mechanism, so less rework compounds
        // (docs/model.md#reading-f-the-other-alignment-of-rows-1-and-2: 94.92 against 93.31 on 100,000 replications).
        string[] options = ["--sequence", "1,6,8,3,9,7,4,5,2", "--reps", "20000", "--format", "json"];
        var standard = Mean(CliRun.Of(["evaluate", "optical-mouse", .. options]));
        var alt = Mean(CliRun.Of(["evaluate", "optical-mouse-rows-alt", .. options]));
        Assert.InRange(standard - alt, 1.0, 2.2);
    }

    [Fact]
    public void ReadingsStudy_ReadingF_RunsTheRowsAltScenariosAndNamesItInTheData()
    {
        var f = Assert.Single(ReadingsStudy.Readings, r => r.AlternativeRows);
        Assert.True(f.Readings.IsDefault);
        Assert.True(ReplaySettings.ReadingsRun(1, 1, f.Readings, f.AlternativeRows, quick: false).AlternativeRows);
        Assert.Equal("rows 1 and 2: other alignment", new ReadingRun(f.Label, f.Readings, f.AlternativeRows, null, []).Model);
        Assert.Equal("pending-rework: sum, rows 1 and 2: other alignment",
            new ReadingRun("x", new DevSim.Engine.Scenarios.ModelReadings { Pending = DevSim.Engine.Scenarios.PendingRework.Sum }, true, null, []).Model);
    }

    [Fact]
    public void Evaluate_ReworkProbabilityUnscaled_GivesTheHandComputedTwoTaskDuration()
    {
        // 5 + 2 · 0.35/0.832 + 3 · 0.168/0.832 = 6.4471 (docs/model.md#readings-of-the-paper); the default is 6.095.
        var file = CliRun.TempFile(TwoTasks);
        var unscaled = Mean(CliRun.Of("evaluate", file, "--reps", "200000", "--rework-probability", "unscaled", "--format", "json"));
        var scaled = Mean(CliRun.Of("evaluate", file, "--reps", "200000", "--format", "json"));
        Assert.InRange(unscaled, 6.4471 - 0.02, 6.4471 + 0.02);
        Assert.InRange(scaled, 6.095 - 0.02, 6.095 + 0.02);
    }

    [Fact]
    public void Evaluate_ModelBlockInTheFile_EqualsTheOptionBitForBit()
    {
        var plain = CliRun.TempFile(TwoTasks);
        var withBlock = CliRun.TempFile(TwoTasks + "\nmodel: { rework-amount: unscaled, matrix-rows: causing }\n");
        var byOption = Mean(CliRun.Of("evaluate", plain, "--reps", "5000", "--rework-amount", "unscaled", "--matrix-rows", "causing", "--format", "json"));
        var byFile = Mean(CliRun.Of("evaluate", withBlock, "--reps", "5000", "--format", "json"));
        var overridden = Mean(CliRun.Of("evaluate", withBlock, "--reps", "5000", "--rework-amount", "scaled", "--matrix-rows", "reworked", "--format", "json"));
        var byDefault = Mean(CliRun.Of("evaluate", plain, "--reps", "5000", "--format", "json"));
        Assert.Equal(byOption, byFile);
        Assert.Equal(byDefault, overridden); // an option overrides the file's block
        Assert.NotEqual(byDefault, byFile);
    }

    [Fact]
    public void Evaluate_UnknownReadingValueInTheFile_ExitsTwoNamingLineKeyAndChoices()
    {
        var file = CliRun.TempFile(TwoTasks + "\nmodel:\n  pending-rework: most\n");
        var run = CliRun.Of("evaluate", file, "--reps", "100");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(":10: model.pending-rework: 'most' is not a reading; use larger or sum", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_PendingRework_IsAcceptedAndChangesNothingForTwoTasks()
    {
        // Two tasks never hold two reworks at once, so adding up equals the larger winning, run for run.
        var file = CliRun.TempFile(TwoTasks);
        string[] common = ["simulate", file, "--interarrival", "8", "--projects", "300", "--reps", "2", "--format", "json"];
        var sum = CliRun.Of([.. common, "--pending-rework", "sum"]);
        var larger = CliRun.Of(common);
        Assert.True(sum.ExitCode == 0, sum.Error);
        Assert.Equal(JsonDocument.Parse(larger.Output).RootElement.GetProperty("duration").ToString(),
            JsonDocument.Parse(sum.Output).RootElement.GetProperty("duration").ToString());
    }

    [Fact]
    public void Simulate_QueuedProjectsLeave_ChangesDynamicButNotStatic()
    {
        string[] common = ["simulate", "optical-mouse", "--interarrival", "14", "--projects", "500", "--reps", "2", "--format", "json"];
        string Duration(params string[] extra)
        {
            var run = CliRun.Of([.. common, .. extra]);
            Assert.True(run.ExitCode == 0, run.Error);
            return JsonDocument.Parse(run.Output).RootElement.GetProperty("duration").ToString();
        }
        Assert.NotEqual(Duration("--policy", "dynamic"), Duration("--policy", "dynamic", "--queued-projects", "leave"));
        Assert.Equal(Duration("--policy", "static"), Duration("--policy", "static", "--queued-projects", "leave"));
    }

    [Fact]
    public void QuickReplay_WithWinnersCurseAndReadings_AddsBothSectionsTheirDataAndFigures()
    {
        var folder = TestFiles.NewPath("devsim-readings-");
        var run = CliRun.Of("replay", "optical-mouse", "--quick", "--winners-curse", "--readings", "--figures", "svg", "--out", folder);
        Assert.True(run.ExitCode == 0, run.Error);
        var report = File.ReadAllText(Path.Combine(folder, "report.md"));
        Assert.Contains("## The winner's curse, measured", report, StringComparison.Ordinal);
        Assert.Contains("## The paper's claims under other readings of its text", report, StringComparison.Ordinal);
        Assert.Contains("### Figure 7's significance, tested as a single run would be", report, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", report, StringComparison.Ordinal);
        foreach (var figure in new[] { WinnersCurseOutput.MinimumFigure, WinnersCurseOutput.MaximumFigure, ReadingsOutput.Figure })
            Assert.True(File.Exists(Path.Combine(folder, "plots", figure)), figure);
        // quick: K = 1 and 10, two seeds, both noise modes and objectives
        Assert.Equal(1 + 2 * 2 * 2 * 2, File.ReadAllLines(Path.Combine(folder, "data", WinnersCurseOutput.DataFile)).Length);
        var readings = File.ReadAllLines(Path.Combine(folder, "data", ReadingsOutput.DataFile));
        Assert.Contains(readings, l => l.StartsWith("(a) probability unscaled,rework-probability: unscaled,", StringComparison.Ordinal));
        var significance = File.ReadAllLines(Path.Combine(folder, "data", "naive-significance.csv"));
        Assert.True(significance.Length > 1);
        Assert.All(significance.Skip(1), l => Assert.True(double.Parse(l.Split(',')[6], CultureInfo.InvariantCulture) is >= 0 and <= 1, l));
    }
}
