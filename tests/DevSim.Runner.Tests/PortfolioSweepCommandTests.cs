using System.Text.Json.Nodes;
using static DevSim.Runner.Tests.SweepRuns;

namespace DevSim.Runner.Tests;

/// <summary>
/// Portfolio sweeps through the CLI (docs/model.md#portfolio-sweeps): the shipped experiment runs and draws its figures,
/// any sharding merges to the same bytes, the merged per-type blocks are <c>devsim portfolio</c>'s, a grown sweep reuses
/// its cells, and bad experiment files get exit 2 naming file, line and key with nothing written.
/// </summary>
public class PortfolioSweepCommandTests
{
    private static readonly string Shipped = Repository.Path("experiments", "portfolios", "disciplines.yaml");

    private static readonly string ThreeLines = Repository.Path("experiments", "portfolios", "three-lines.yaml");

    /// <summary>A small sweep of the shipped three-lines portfolio (named by its absolute path).</summary>
    private static string Experiment(string axes, int replications) =>
        CliRun.TempFile($"name: small\nseed: 3\nportfolios: [{ThreeLines}]\n{axes}projects: 600\nreplications: {replications}\n");

    [Fact]
    public void ShippedLoadExperiment_DrawsEachTypeAgainstTheLoadFactor()
    {
        var folder = TempFolder();
        SweepInto(Repository.Path("experiments", "portfolios", "load.yaml"), folder);
        var csv = Path.Combine(folder, "results.csv");
        var run = CliRun.Of("merge", folder, "--out", csv);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(1 + 10 * 4, File.ReadAllLines(csv).Length); // 2 disciplines x 5 load factors, 3 types and overall
        foreach (var type in new[] { "Mouse", "Balanced", "Device" })
        {
            Assert.True(File.Exists(Path.Combine(folder, $"results-duration-three-lines-{type}.svg")));
            Assert.True(File.Exists(Path.Combine(folder, $"results-on-time-three-lines-{type}.svg")));
        }
        // Per resource: each discipline's utilisation against the load factor, and each point's load stacked by type.
        foreach (var discipline in new[] { "fifo", "priority" })
        {
            Assert.True(File.Exists(Path.Combine(folder, $"results-utilisation-three-lines-{discipline}-cap-none.svg")));
            foreach (var factor in new[] { "0-7", "0-8", "0-9", "1", "1-1" })
                Assert.True(File.Exists(Path.Combine(folder, $"results-load-three-lines-{discipline}-cap-none-lf-{factor}.svg")));
        }
        Assert.Equal(1 + 10 * 13, File.ReadAllLines(Path.Combine(folder, "results-utilisation.csv")).Length); // 13 pool resources
        Assert.Equal(1 + 10 * 13 * 3, File.ReadAllLines(Path.Combine(folder, "results-load-by-type.csv")).Length);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void MergedResources_AreDevsimPortfoliosForTheSameSeed_AndTheFiguresTheSameOnAnyThreadCount()
    {
        var folder = TempFolder();
        SweepInto(Experiment("discipline: priority\nwip-cap: 6\nload-factor: 1.2\n", 3), folder);
        var run = CliRun.Of("merge", folder, "--out", Path.Combine(folder, "results.csv"), "--figures", "svg");
        Assert.True(run.ExitCode == 0, run.Error);
        var portfolio = CliRun.Of("portfolio", ThreeLines, "--discipline", "priority", "--wip-cap", "6", "--load-factor", "1.2",
            "--projects", "600", "--reps", "3", "--seed", "3", "--format", "json", "--threads", "1");
        Assert.True(portfolio.ExitCode == 0, portfolio.Error);
        var resources = JsonNode.Parse(portfolio.Output)!["resources"]!.AsArray();
        static string[] Rows(string path) => [.. File.ReadAllLines(path).Skip(1)];
        var utilisation = Rows(Path.Combine(folder, "results-utilisation.csv"));
        var loads = Rows(Path.Combine(folder, "results-load-by-type.csv"));
        Assert.Equal(resources.Count, utilisation.Length);
        var k = 0;
        for (var r = 0; r < resources.Count; r++)
        {
            var cells = utilisation[r].Split(',');
            Assert.Equal(resources[r]!["name"]!.GetValue<string>(), cells[4]);
            Assert.Equal(resources[r]!["utilization"]!["mean"]!.GetValue<double>(), double.Parse(cells[5], System.Globalization.CultureInfo.InvariantCulture));
            foreach (var share in resources[r]!["byType"]!.AsArray())
            {
                var row = loads[k++].Split(',');
                Assert.Equal(share!["type"]!.GetValue<string>(), row[5]);
                Assert.Equal(share["offeredLoad"]!.GetValue<double>(), double.Parse(row[6], System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(share["share"]!.GetValue<double>(), double.Parse(row[7], System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        var figure = Path.Combine(folder, "results-load-three-lines-priority-cap-6-lf-1-2.svg");
        var first = File.ReadAllBytes(figure);
        // The same cells merged again, on one thread of the sweep or many: the same bytes.
        var again = TempFolder();
        SweepInto(Experiment("discipline: priority\nwip-cap: 6\nload-factor: 1.2\n", 3), again, "--threads", "1");
        Assert.True(CliRun.Of("merge", again, "--out", Path.Combine(again, "results.csv"), "--figures", "svg").ExitCode == 0);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(again, "results-load-three-lines-priority-cap-6-lf-1-2.svg")));
        Directory.Delete(folder, recursive: true);
        Directory.Delete(again, recursive: true);
    }

    [Fact]
    public void CellsWrittenBeforeTheyStoredEachTypesLoad_StillMerge_TheirLoadDrawnAsOneStack()
    {
        var folder = TempFolder();
        SweepInto(Experiment("discipline: fifo\n", 2), folder);
        var (expected, _) = Merge(folder);
        foreach (var cell in Directory.GetFiles(Path.Combine(folder, "cells")))
        {
            var text = File.ReadAllText(cell);
            var old = System.Text.RegularExpressions.Regex.Replace(text, @",""loadByType"":\[(\[[^\]]*\],?)*\]", "");
            Assert.NotEqual(text, old);
            File.WriteAllText(cell, old);
        }
        var (again, _) = Merge(folder);
        Assert.Equal(expected, again);
        Assert.True(CliRun.Of("merge", folder, "--out", Path.Combine(folder, "results.csv"), "--figures", "svg").ExitCode == 0);
        Assert.Single(File.ReadAllLines(Path.Combine(folder, "results-load-by-type.csv"))); // the header alone
        Assert.True(File.Exists(Path.Combine(folder, "results-load-three-lines-fifo-cap-12-lf-1.svg")));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void ShippedExperiment_RunsAndMergesToARowPerPointAndType_WithFigures()
    {
        var folder = TempFolder();
        SweepInto(Shipped, folder);
        var csv = Path.Combine(folder, "results.csv");
        var run = CliRun.Of("merge", folder, "--out", csv);
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = File.ReadAllLines(csv);
        Assert.Equal(1 + 9 * 4, lines.Length); // 3 disciplines x 3 caps, each 3 types and overall
        Assert.StartsWith("point,portfolio,discipline,wip_cap,load_factor,interarrival,replications,type,counted,duration_mean", lines[0], StringComparison.Ordinal);
        Assert.Equal(9, lines.Count(l => l.Contains(",overall,", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("0,three-lines,fifo,none,1,", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(folder, "results-duration-three-lines.svg")));
        Assert.True(File.Exists(Path.Combine(folder, "results-on-time-three-lines.svg")));
        // plot redraws scenario sweeps only: one clear line, not a list of every key it does not know.
        var plot = CliRun.Of("plot", Path.Combine(folder, "results.json"), "--out", Path.Combine(folder, "redrawn"));
        Assert.Equal(2, plot.ExitCode);
        Assert.Contains("the results of a portfolio sweep: devsim merge draws its figures", Assert.Single(plot.ErrorLines), StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("discipline: priority\nwip-cap: 6\nload-factor: 1.2\n", "priority", "6", "1.2")]
    [InlineData("discipline: edd\nwip-cap: none\n", "edd", null, "1")]
    public void MergedTypes_AreDevsimPortfoliosForTheSameSeed(string axes, string discipline, string? cap, string factor)
    {
        var folder = TempFolder();
        SweepInto(Experiment(axes, 3), folder);
        var (_, json) = Merge(folder);
        var point = JsonNode.Parse(json)!["points"]![0]!;
        var portfolio = CliRun.Of("portfolio", ThreeLines, "--discipline", discipline, "--wip-cap", cap ?? "none", "--load-factor", factor,
            "--projects", "600", "--reps", "3", "--seed", "3", "--format", "json");
        Assert.True(portfolio.ExitCode == 0, portfolio.Error);
        var expected = JsonNode.Parse(portfolio.Output)!;
        Assert.Equal(expected["types"]!.ToJsonString(), point["types"]!.ToJsonString());
        Assert.Equal(expected["overall"]!.ToJsonString(), point["overall"]!.ToJsonString());
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    public void Sharded_SameBytesAsOneShard(int shards)
    {
        var experiment = Experiment("discipline: [fifo, priority]\nwip-cap: [none, 8]\nload-factor: [0.8, 1]\n", 2);
        var one = TempFolder();
        SweepInto(experiment, one);
        var sharded = TempFolder();
        var folders = new List<string>();
        for (var k = 0; k < shards; k++)
        {
            var folder = k % 2 == 0 ? sharded : sharded + "-odd"; // shards into one folder and into another
            SweepInto(experiment, folder, "--shard", $"{k}/{shards}");
            if (!folders.Contains(folder))
                folders.Add(folder);
        }
        var (csv, json) = Merge(one);
        var (shardedCsv, shardedJson) = Merge([.. folders]);
        Assert.Equal(csv, shardedCsv);
        Assert.Equal(json, shardedJson);
        Assert.Equal(1 + 8 * 4, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Grown_MoreReplicationsAndCaps_RunsOnlyTheNewCells_AndMergesLikeAFreshRun()
    {
        var grown = TempFolder();
        SweepInto(Experiment("discipline: [fifo, priority]\n", 2), grown);
        var cells = Path.Combine(grown, "cells");
        var first = Directory.GetFiles(cells).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Assert.Equal(4, first.Count);

        var larger = Experiment("discipline: [fifo, priority]\nwip-cap: [12, 6]\n", 3); // 12 is the file's own cap: the same points
        var run = CliRun.AtWidth(1000, "sweep", larger, "--out", grown); // wide: the line naming the folder is not wrapped
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("growing 'small' (2 grid points x 2 replications) to 4 x 3; the cells already there are reused", run.Output, StringComparison.Ordinal);
        Assert.Contains("4 already in", run.Output, StringComparison.Ordinal);
        Assert.All(first, f => Assert.Equal(f.Value, File.GetLastWriteTimeUtc(f.Key)));

        var fresh = TempFolder();
        SweepInto(larger, fresh);
        Assert.Equal(Merge(fresh), Merge(grown));
    }

    [Fact]
    public void ScenarioSweepFiles_CarryNoPortfolioKey()
    {
        var folder = TempFolder();
        SweepInto(CliRun.TempFile("scenarios: [optical-mouse]\npolicies: [static]\ninterarrival: 20\nprojects: 300\nreplications: 1\n"), folder);
        Assert.DoesNotContain("portfolio", File.ReadAllText(Path.Combine(folder, "plan.json")), StringComparison.Ordinal);
        Assert.DoesNotContain("portfolio", File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(folder, "cells")))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("discipline: [fifo, lifo]\n", 4, "discipline: 'lifo' is not one of fifo, priority, edd, srw, slack; did you mean 'fifo'?")]
    [InlineData("wip-cap: [none, -1]\n", 4, "wip-cap: '-1' must be none or a whole number of projects of 1 or more")]
    [InlineData("load-factor: { from: 1, to: 0.5 }\n", 4, "load-factor: from 1 to 0.5 step 1: step must be positive, to at least from")]
    [InlineData("interarrival: 20\n", 4, "interarrival: a portfolio sweep takes this from each type in its portfolio files; leave it out")]
    [InlineData("wip-caps: 3\n", 4, "wip-caps: unknown key; did you mean 'wip-cap'?")]
    public void BadExperiment_ExitCode2_NamingFileLineAndKey_NothingWritten(string axes, int line, string message)
    {
        var file = Experiment(axes, 2);
        var folder = TempFolder();
        var run = CliRun.Of("sweep", file, "--out", folder);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"devsim: {file}:{line}: {message}", Assert.Single(run.ErrorLines)[..($"devsim: {file}:{line}: ".Length + message.Length)]);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void InvalidPortfolioFile_ExitCode2_NamingTheExperimentEntryAndThePortfoliosLine()
    {
        var portfolio = CliRun.TempFile("types:\n  - name: A\n    scenario: optical-mouse\n    arrivals: { interarrival: 20 }\n    due-allowance: -5\n");
        var file = CliRun.TempFile($"portfolios:\n  - {portfolio}\n");
        var run = CliRun.Of("sweep", file, "--out", TempFolder());
        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"devsim: {file}:2: portfolios, entry 1: the portfolio is invalid: {portfolio}:5: types, A, due-allowance", error, StringComparison.Ordinal);
    }
}
