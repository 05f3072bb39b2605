using System.Text.Json.Nodes;
using static DevSim.Runner.Tests.SweepRuns;

namespace DevSim.Runner.Tests;

/// <summary>
/// Sweep files whose numbers are valid JSON but impossible for a sweep to have written (a negative mean, a count, a
/// sketch's bucket, a plan's replications; a list shorter than the resources it runs over). Each once merged into
/// means and CIs without a word (exit 0) or ended as an internal error (exit 1); merge now refuses it with exit 2,
/// naming the file, the cell and the key, and writes nothing.
/// </summary>
public class MergeRangeTests
{
    private static readonly Lazy<string> Scenario = new(() => Swept("scenarios: [optical-mouse]\npolicies: [static]\ninterarrival: 20\nprojects: 300\nreplications: 2\n"));

    private static readonly Lazy<string> Portfolio = new(() => Swept(
        $"name: small\nseed: 3\nportfolios: [{Repository.Path("experiments", "portfolios", "three-lines.yaml")}]\nprojects: 300\nreplications: 1\n"));

    private static string Swept(string experiment)
    {
        var folder = TempFolder();
        SweepInto(CliRun.TempFile(experiment), folder);
        return folder;
    }

    public static TheoryData<string, string, string> Cells() => new()
    {
        { "result.durationMean", "-5", "durationMean is -5, but must be a finite number of 0 or more, or null" },
        { "result.projectsCounted", "-1", "projectsCounted is -1, but must be 0 or more (a count)" },
        { "result.durationP90", "1", "durationP90 is 1, below durationP50 (" },
        { "result.resources.0.wait", "-0.5", "resources[0].wait is -0.5, but must be a finite number of 0 or more, or null" },
        { "result.durationSketch.counts.0", "-7", "durationSketch is not a sketch's buckets: a sketch's counts are 0 or more" },
        { "result.durationSketch.min", "1e9", "durationSketch is not a sketch's buckets: a sketch of " },
        { "result.diagnostics.series.batchSize", "0", "diagnostics.series.batchSize is 0, but must be 1 or more (observations per batch)" },
        { "result.diagnostics.durationBatches.3", "-2", "diagnostics.durationBatches[3] is -2, but must be a finite number of 0 or more, or null" },
        { "result.diagnostics.loadPerProject", "[]", "diagnostics.loadPerProject has 0 entries, but must have one per resource (9)" },
        { "+result.portfolio", "{}", "portfolio is given, but the cell is of a scenario's grid point" },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void A_cell_value_out_of_range_is_refused_naming_file_cell_and_key(string key, string value, string expected)
    {
        var folder = CopyOf(Scenario.Value);
        var cell = SweepCommandTests.CellFile(folder, 1);
        Edit(cell, key, value);
        MergeRefuses(folder, $"devsim: {cell}: damaged cell file (cell 1: {expected}");
    }

    [Theory]
    [InlineData("result.portfolio.overall.onTime", "2", "portfolio.overall.onTime is 2, but must be from 0 to 1 (a share of projects)")]
    [InlineData("result.portfolio.types.1.counted", "-3", "portfolio.types[1].counted is -3, but must be 0 or more (a count)")]
    [InlineData("result.portfolio.types.1.backlogWait", "-1", "portfolio.types[1].backlogWait is -1, but must be a finite number of 0 or more, or null")]
    [InlineData("result.portfolio.types", "[]", "portfolio.types has 0 entries, but must have one per type of the portfolio (3)")]
    [InlineData("result.portfolio.loadByType", "[[1]]", "portfolio.loadByType must have one list per resource")]
    [InlineData("result.portfolio", "null", "portfolio is missing, but the cell is of a portfolio's grid point")]
    public void A_portfolio_cell_value_out_of_range_is_refused(string key, string value, string expected)
    {
        var folder = CopyOf(Portfolio.Value);
        var cell = SweepCommandTests.CellFile(folder, 0);
        Edit(cell, key, value);
        MergeRefuses(folder, $"devsim: {cell}: damaged cell file (cell 0: {expected}");
    }

    [Fact]
    public void Cells_of_one_point_listing_other_resources_are_refused_naming_both_files()
    {
        // The point's summary takes each resource by its place in the first cell: a renamed or missing one was an index error (exit 1).
        var folder = CopyOf(Scenario.Value);
        var (first, second) = (SweepCommandTests.CellFile(folder, 0), SweepCommandTests.CellFile(folder, 1));
        Edit(second, "result.resources.0.name", "\"Somebody else\"");
        MergeRefuses(folder, $"devsim: {second}: damaged cell file (cell 1: its resources are not those of cell 0 of the same grid point, in {first})");
    }

    [Theory]
    [InlineData("replications", "-2", "replications is -2 (1 or more)")]
    [InlineData("replications", "0", "replications is 0 (1 or more)")]
    [InlineData("cells", "5", "cells is 5, but 1 grid point x 2 replications are 2 cells")]
    [InlineData("points", "[]", "points has no grid point, or a null one")]
    [InlineData("points.0.sequence", "null", "points[0] lacks its scenario, sequenceLabel or sequence")]
    [InlineData("points.0.policy", "\"bogus\"", "not valid JSON at line 1, or not the expected fields there")]
    [InlineData("projects", "0", "projects is 0 (1 or more)")]
    [InlineData("warmup", "300", "warmup is 300 (0 or more, and fewer than the 300 projects)")]
    public void A_plan_whose_counts_cannot_be_a_sweeps_is_refused(string key, string value, string expected)
    {
        // A replication count of 0 divided by zero and a negative one indexed before the list (exit 1).
        var folder = CopyOf(Scenario.Value);
        var plan = Path.Combine(folder, "plan.json");
        Edit(plan, key, value);
        MergeRefuses(folder, $"devsim: {plan}: damaged ({expected}); run the sweep again into a new folder");
    }

    [Fact]
    public void The_untouched_sweeps_merge()
    {
        foreach (var folder in new[] { Scenario.Value, Portfolio.Value })
        {
            var run = CliRun.Of("merge", CopyOf(folder), "--out", Path.Combine(TempFolder(), "results.csv"), "--figures", "svg");
            Assert.True(run.ExitCode == 0, run.Error);
        }
    }

    /// <summary>Sets the value at a dotted path (list entries by number) of a JSON file to <paramref name="json"/>; "+" in front adds a key.</summary>
    private static void Edit(string file, string path, string json)
    {
        var adding = path.StartsWith('+');
        path = path.TrimStart('+');
        var root = JsonNode.Parse(File.ReadAllText(file))!;
        var keys = path.Split('.');
        var parent = keys[..^1].Aggregate(root, (node, key) => int.TryParse(key, out var i) ? node[i]! : node[key]!);
        var value = JsonNode.Parse(json);
        var before = int.TryParse(keys[^1], out var index) ? parent[index]?.ToJsonString() : parent[keys[^1]]?.ToJsonString();
        Assert.True(adding == (before is null), $"{path}: {before}"); // the case damages a value the sweep wrote, or adds one it never writes
        if (int.TryParse(keys[^1], out index))
            parent[index] = value;
        else
            parent[keys[^1]] = value;
        File.WriteAllText(file, root.ToJsonString());
    }

    private static string CopyOf(string folder)
    {
        var copy = TempFolder();
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    private static void MergeRefuses(string folder, string expected)
    {
        var csv = Path.Combine(folder, "results.csv");
        var run = CliRun.Of("merge", folder, "--out", csv);
        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Error}");
        Assert.StartsWith(expected, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(csv));
    }
}
