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
        { "result.diagnostics.series.means", "null", "diagnostics lacks one of series (with its means), durationBatches, " }, // an internal error (exit 1) before
        { "+result.portfolio", "{}", "portfolio is given, but the cell is of a scenario's grid point" },
        // A start off the minimum and maximum moved the pooled p50 from 76 to 195 days without a word; one far off was an
        // internal error (an overflow, or out of memory asking for 16 GB of buckets).
        { "result.durationSketch.start", "5000", "durationSketch is not a sketch's buckets: start is 5000, so the last non-empty bucket is " },
        { "result.durationSketch.start", "-2147483000", "durationSketch is not a sketch's buckets: start is -2147483000, so the last non-empty bucket is " },
        { "result.durationSketch.counts.0", "9223372036854775807", "durationSketch.counts add up to more than any count can be" },
        // Both count the projects finished after the warm-up (300 less 30); a count that disagreed merged without a word.
        { "result.projectsCounted", "5", "projectsCounted is 5, but durationSketch counts 270 projects (both are the projects finished after the warm-up)" },
        { "result.projectsCounted", "500", "projectsCounted is 500, but the plan's cells count at most 270 (its projects less its warm-up)" },
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
    [InlineData("result.portfolio.types.0.counted", "100", "portfolio.types[0].counted is 100, but portfolio.types[0].sketch counts ")]
    [InlineData("result.portfolio.overall.counted", "100", "portfolio.overall.counted is 100, but projectsCounted is 270 (both are the projects finished after the warm-up)")]
    [InlineData("result.portfolio.types.0.sketch.start", "0", "portfolio.types[0].sketch is not a sketch's buckets: start is 0, so the last non-empty bucket is ")]
    // A group stores its sketch whenever it counted a project; without it the merge pooled the type's percentiles from
    // the other cells only, and said nothing.
    [InlineData("result.portfolio.types.1.sketch", "null", "portfolio.types[1].sketch is null, but portfolio.types[1].counted is ")]
    [InlineData("result.portfolio.overall.sketch", "null", "portfolio.overall.sketch is null, but portfolio.overall.counted is 270 ")]
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
    [InlineData("points.0.scenario", "null", "points[0] lacks its scenario, sequenceLabel or sequence")]
    [InlineData("points.0.index", "5", "points[0].index is 5, but must be 0 (its place in points)")]
    [InlineData("points.0.sequence", "[]", "points[0].sequence is empty, but a scenario's grid point runs a sequence of its tasks")]
    [InlineData("points.0.policy", "99", "points[0].policy is 99, not a sequencing policy")]
    [InlineData("+points.0.portfolio", "{\"loadFactor\": 1, \"discipline\": \"fifo\", \"types\": [\"A\"]}", "points[0] has a portfolio and a sequence, but a portfolio's grid point has no sequence (its types have theirs)")]
    [InlineData("projects", "0", "projects is 0 (1 or more)")]
    [InlineData("seed", "5", "seed is 5, but cellSettings says seed 1, the settings its cells were computed under")]
    [InlineData("warmup", "10", "warmup is 10, but cellSettings says warm-up 30, the settings its cells were computed under")]
    [InlineData("arrivals", "\"fixed\"", "arrivals is fixed, but cellSettings says arrivals poisson, the settings its cells were computed under")]
    [InlineData("warmup", "300", "warmup is 300 (0 or more, and fewer than the 300 projects)")]
    public void A_plan_whose_counts_cannot_be_a_sweeps_is_refused(string key, string value, string expected) =>
        // A replication count of 0 divided by zero and a negative one indexed before the list (exit 1); an index out of its
        // place and a policy by an undefined number were internal errors too; a seed, warm-up or arrivals unlike the cell
        // settings labelled the merged results with settings their cells were not run under (exit 0).
        PlanRefused(Scenario.Value, key, value, expected);

    [Theory]
    [InlineData("points.0.portfolio.types", "null", "points[0].portfolio.types is missing, empty or holds a null")]
    [InlineData("points.0.portfolio.discipline", "99", "points[0].portfolio.discipline is 99, not a queue discipline")]
    [InlineData("points.0.portfolio", "null", "points[0].sequence is empty, but a scenario's grid point runs a sequence of its tasks")]
    public void A_portfolio_plan_whose_points_cannot_be_a_sweeps_is_refused(string key, string value, string expected) =>
        // Types missing and a discipline by an undefined number were internal errors (exit 1); without its portfolio the
        // point named other cells, which read as missing (exit 3).
        PlanRefused(Portfolio.Value, key, value, expected);

    private static void PlanRefused(string swept, string key, string value, string expected)
    {
        var folder = CopyOf(swept);
        var plan = Path.Combine(folder, "plan.json");
        Edit(plan, key, value);
        MergeRefuses(folder, $"devsim: {plan}: damaged ({expected}); run the sweep again into a new folder");
    }

    [Theory]
    [InlineData("cellFingerprint", "\"0123456789abcdef\"")]
    [InlineData("cellSettings.seed", "\"2\"")]
    [InlineData("cellSettings.in-system limit", "\"7\"")]
    public void A_plan_whose_cell_fingerprint_is_not_its_cell_settings_hash_is_refused_naming_both(string key, string value)
    {
        // The cell files are checked against cellFingerprint only: a plan whose cellSettings (or fingerprint) were edited
        // merged its cells as computed under settings they were not (exit 0). The seed also moves the plan's own seed along,
        // so the check on the settings merge writes has nothing to say.
        var folder = CopyOf(Scenario.Value);
        var plan = Path.Combine(folder, "plan.json");
        Edit(plan, key, value);
        if (key == "cellSettings.seed")
            Edit(plan, "seed", "2");
        var edited = JsonNode.Parse(File.ReadAllText(plan))!;
        var settings = edited["cellSettings"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        var (stored, computed) = (edited["cellFingerprint"]!.GetValue<string>(), Engine.Experiments.Experiment.CellFingerprintOf(settings));
        Assert.NotEqual(stored, computed);
        MergeRefuses(folder, $"devsim: {plan}: damaged (cellFingerprint is {stored}, but its cellSettings hash to {computed}: " +
            "the cells it names were computed under other settings than it shows); run the sweep again into a new folder");
    }

    [Fact]
    public void A_plan_cell_fingerprint_is_its_cell_settings_hash_in_any_key_order()
    {
        // The untouched plan passes the check; and the hash does not depend on the order the file lists the settings in.
        var plan = JsonNode.Parse(File.ReadAllText(Path.Combine(Scenario.Value, "plan.json")))!;
        var settings = plan["cellSettings"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        var reversed = settings.Reverse().ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(plan["cellFingerprint"]!.GetValue<string>(), Engine.Experiments.Experiment.CellFingerprintOf(settings));
        Assert.Equal(plan["cellFingerprint"]!.GetValue<string>(), Engine.Experiments.Experiment.CellFingerprintOf(reversed));
    }

    [Fact]
    public void A_plan_repeating_a_grid_point_is_refused_naming_both()
    {
        // The repeat names the same cell files as the first, so the first's cells read as missing (exit 3).
        var folder = CopyOf(Scenario.Value);
        var plan = Path.Combine(folder, "plan.json");
        var root = JsonNode.Parse(File.ReadAllText(plan))!;
        var points = root["points"]!.AsArray();
        var repeat = points[0]!.DeepClone();
        repeat["index"] = 1;
        points.Add(repeat);
        root["cells"] = 4;
        File.WriteAllText(plan, root.ToJsonString());
        MergeRefuses(folder, $"devsim: {plan}: damaged (points[1] is the same grid point as points[0] (optical-mouse, sequence scenario, " +
            "static, interarrival 20), but a sweep runs each once); run the sweep again into a new folder");
    }

    [Fact]
    public void Portfolio_types_whose_counts_do_not_add_up_to_the_overall_are_refused()
    {
        // Each project is of one type: a type's count raised (with its sketch's, so the two agree) weighted the merged counts wrongly.
        var folder = CopyOf(Portfolio.Value);
        var cell = SweepCommandTests.CellFile(folder, 0);
        var root = JsonNode.Parse(File.ReadAllText(cell))!;
        var type = root["result"]!["portfolio"]!["types"]![0]!;
        var counts = type["sketch"]!["counts"]!.AsArray();
        var bucket = counts.Select((c, i) => (Count: c!.GetValue<long>(), i)).First(b => b.Count > 0).i;
        Edit(cell, $"result.portfolio.types.0.sketch.counts.{bucket}", (counts[bucket]!.GetValue<long>() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Edit(cell, "result.portfolio.types.0.counted", (type["counted"]!.GetValue<long>() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        MergeRefuses(folder, $"devsim: {cell}: damaged cell file (cell 0: portfolio.types' counted add up to ");
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
