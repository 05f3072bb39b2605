using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using DevSim.Runner.Replay;

namespace DevSim.Runner.Tests;

/// <summary>The replay's whole pipeline in quick mode: files, their content, determinism and errors.</summary>
public class ReplayCommandTests
{
    private static string TempFolder() => TestFiles.NewPath("devsim-replay-");

    [Fact]
    public void QuickReplay_WritesTheReportPlotsDataAndSummary()
    {
        var folder = TempFolder();
        var run = CliRun.Of("replay", "optical-mouse", "--quick", "--out", folder);
        Assert.True(run.ExitCode == 0, run.Error);

        var report = File.ReadAllText(Path.Combine(folder, "report.md"));
        // The paper's numbers appear as the paper states them.
        foreach (var paper in new[] { "59.074", "108.099", "37.1%", "44.5%", "50.4%", "16 / 6.6", "| 36 |" })
            Assert.Contains(paper, report, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", report, StringComparison.Ordinal);
        Assert.Contains("Quick mode", report, StringComparison.Ordinal);

        var plots = Directory.GetFiles(Path.Combine(folder, "plots"), "*.svg");
        Assert.Equal(13, plots.Length);
        foreach (var plot in plots)
        {
            XDocument.Load(plot); // well-formed
            Assert.True(File.Exists(Path.ChangeExtension(plot, ".png")), plot); // and its PNG beside it
        }
        Assert.Equal(13, Directory.GetFiles(Path.Combine(folder, "plots"), "*.png").Length);
        foreach (var link in new[] { ReplayPlots.Figure7, ReplayPlots.Figure8, ReplayPlots.Figure9Queues, ReplayPlots.Figure10, ReplayPlots.Figure11,
                     ReplayPlots.WorstStability, ReplayPlots.Distribution, ReplayPlots.Timeline, ReplayPlots.RandomDsm, ReplayPlots.Coupled })
            Assert.Contains($"(plots/{link})", report, StringComparison.Ordinal);

        var grid = File.ReadAllLines(Path.Combine(folder, "data", "grid.csv"));
        Assert.StartsWith("experiment,source,sequence,policy,interarrival", grid[0], StringComparison.Ordinal);
        // quick grids: mouse 4, balanced 3, worst 3 interarrival times; two sequences and two policies each; the
        // rework-aware policy on the paper's sequence of the mouse and balanced grids, and on the two further
        // processes' grids of 2 loads with all three policies
        Assert.Equal(1 + (4 + 3 + 3) * 2 * 2 + (4 + 3) + 2 * 2 * 3, grid.Length);
        Assert.Equal(4 + 3 + 2 * 2, grid.Count(line => line.Contains(",rework-aware,", StringComparison.Ordinal)));
        var aware = File.ReadAllLines(Path.Combine(folder, "data", "rework-aware.csv"));
        Assert.Equal(1 + 4 + 3 + 2 + 2, aware.Length);
        Assert.Equal(["mouse", "balanced", "random-dsm", "strongly-coupled"], aware.Skip(1).Select(l => l.Split(',')[0]).Distinct());
        Assert.Contains("## Beyond the paper: the rework-aware policy", report, StringComparison.Ordinal);
        Assert.Contains("### Against the bar", report, StringComparison.Ordinal);
        Assert.All(Directory.GetFiles(Path.Combine(folder, "data"), "*.csv"), f => Assert.True(File.ReadAllLines(f).Length > 1, f));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp-*", SearchOption.AllDirectories));

        // A verdict on DevSim's optimum says so when a run it compares has not settled (those columns print no numbers to carry the mark).
        var unsettled = grid.Skip(1).Select(l => l.Split(',')).Where(f => f[0] == "mouse" && f[1] == "devsim" && f[^1] == "unsettled").Select(f => f[4]).Distinct().ToList();
        var figure7Rows = report[report.IndexOf("## Figure 7", StringComparison.Ordinal)..report.IndexOf("## Figure 8", StringComparison.Ordinal)].Split('\n');
        foreach (var interarrival in unsettled)
            Assert.Contains(figure7Rows, row => row.StartsWith($"| {interarrival} |", StringComparison.Ordinal) && row.TrimEnd(' ', '|').EndsWith("unsettled)", StringComparison.Ordinal));

        // The report names a section that exists, and Figure 7 quotes the paper's crossover as the paper states it.
        Assert.DoesNotContain("in the README", report, StringComparison.Ordinal);
        var figure7 = File.ReadAllText(Path.Combine(folder, "plots", ReplayPlots.Figure7));
        Assert.Contains("no significant difference at 16", figure7, StringComparison.Ordinal);
        Assert.DoesNotContain("no significant difference from", figure7, StringComparison.Ordinal);

        var summaryText = File.ReadAllText(Path.Combine(folder, "summary.json"));
        Assert.Contains("dynamic's cut", summaryText, StringComparison.Ordinal); // apostrophes stay readable
        using var summary = JsonDocument.Parse(summaryText);
        var headlines = summary.RootElement.GetProperty("headlines");
        Assert.True(headlines.GetArrayLength() >= 10);
        Assert.Equal("59.074 (sd 4.478)", headlines[0].GetProperty("paper").GetString());
        // Every agreement word of the table is defined under it, in italics, by the rule that produced it.
        foreach (var headline in headlines.EnumerateArray())
        {
            foreach (var word in headline.GetProperty("agreement").GetString()!.Split("; "))
                Assert.Contains($"*{word}*", report, StringComparison.Ordinal);
        }
        Assert.Contains("Figure 9", run.Output, StringComparison.Ordinal); // the console's summary table
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void QuickReplay_SameSeed_SameDataOnOneThreadOrAll()
    {
        var one = TempFolder();
        var all = TempFolder();
        Assert.Equal(0, CliRun.Of("replay", "optical-mouse", "--quick", "--out", one, "--threads", "1", "--seed", "4").ExitCode);
        Assert.Equal(0, CliRun.Of("replay", "optical-mouse", "--quick", "--out", all, "--seed", "4").ExitCode);
        foreach (var file in new[] { "grid.csv", "grid-resources.csv", "table3.csv", "timeline.csv" })
            Assert.Equal(File.ReadAllText(Path.Combine(one, "data", file)), File.ReadAllText(Path.Combine(all, "data", file)));
        Directory.Delete(one, recursive: true);
        Directory.Delete(all, recursive: true);
    }

    [Fact]
    public void Replay_UnknownCase_ExitsWithCode2AndNamesTheKnownCase()
    {
        var run = CliRun.Of("replay", "my-process.yaml", "--quick");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("optical-mouse", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new double[] { 13, 14, 15, 18, 20 }, "13 to 15, 18 and 20")]
    [InlineData(new double[] { 16 }, "16")]
    [InlineData(new double[] { 13, 14 }, "13, 14")]
    [InlineData(new double[] { }, "none")]
    public void Runs_GroupsConsecutiveGridPoints(double[] values, string expected)
    {
        double[] grid = [13, 14, 15, 16, 17, 18, 19, 20];
        Assert.Equal(expected, ReplayText.Runs(values, grid));
    }

    [Fact]
    public void Runs_UsesGridNeighboursNotNumericSteps()
    {
        // 16 and 18 are neighbours on a grid with step 2.
        Assert.Equal("16 to 20", ReplayText.Runs([16, 18, 20], [8, 16, 18, 20, 22]));
        Assert.Equal("8", ReplayText.Runs([8.0], [8.0]).ToString(CultureInfo.InvariantCulture));
    }
}
