using System.Text.Json;
using System.Text.Json.Nodes;

namespace DevSim.Runner.Tests;

/// <summary>`devsim simulate`: the JSON contract, overload as a result, traces and arrival files, errors.</summary>
public class SimulateCommandTests
{
    private static readonly string[] Quick = ["--projects", "3000", "--reps", "3"];

    [Fact]
    public void LargeRun_TellsItsReplicationsOnStandardErrorAndLeavesTheJsonAlone()
    {
        // 250,000 projects x 2 replications is the threshold (ProgressLines.LargeRun). Replications may finish in either
        // order; the line for the last one always comes last, and every line counts replications.
        var run = CliRun.Of("simulate", "optical-mouse", "--interarrival", "30", "--projects", "250000", "--reps", "2", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.NotEmpty(run.ErrorLines);
        Assert.All(run.ErrorLines, l => Assert.Matches(@"^simulate: [12]/2 replications done$", l));
        Assert.Equal("simulate: 2/2 replications done", run.ErrorLines[^1]);
        Assert.Equal(2, JsonDocument.Parse(run.Output).RootElement.GetProperty("reps").GetInt32());
    }

    [Fact]
    public void ResourceTable_SaysWhereItsCisAre_AndTheJsonAndCsvHoldThem()
    {
        // The table of utilisation, queue and wait shows means only (80 columns); the README promises every number a CI.
        var folder = TestFiles.NewPath("devsim-sim-");
        try
        {
            var table = CliRun.Of(["simulate", "optical-mouse", "--interarrival", "30", "--plot", folder, .. Quick]);
            Assert.Equal(0, table.ExitCode);
            Assert.Contains("their 95% CIs are in --format json and --plot's resources.csv", table.Output.ReplaceLineEndings(" "), StringComparison.Ordinal);
            var header = File.ReadLines(Path.Combine(folder, "resources.csv")).First().Split(',');
            foreach (var column in new[] { "utilization", "queue", "wait" })
                Assert.Equal([column + "_ci_low", column + "_ci_high"], header.SkipWhile(h => h != column).Skip(1).Take(2));
            var json = JsonDocument.Parse(CliRun.Of(["simulate", "optical-mouse", "--interarrival", "30", "--format", "json", .. Quick]).Output).RootElement;
            Assert.All(json.GetProperty("resources").EnumerateArray(), r =>
            {
                foreach (var key in new[] { "utilizationCi95", "queueCi95", "waitCi95" })
                    Assert.Equal(2, r.GetProperty(key).GetArrayLength());
            });
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void SmallRun_SaysNothingOnStandardError()
    {
        var run = CliRun.Of(["simulate", "optical-mouse", "--interarrival", "30", .. Quick]);
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.ErrorLines);
    }

    private static JsonElement Json(params string[] args)
    {
        var run = CliRun.Of([.. args, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement.Clone();
    }

    [Fact]
    public void Simulate_Json_HoldsEveryContractKey()
    {
        var root = Json(["simulate", "optical-mouse", "--policy", "dynamic", "--interarrival", "13", .. Quick]);
        foreach (var key in new[] { "policy", "interarrival", "projects", "warmup", "reps", "seed", "duration", "waiting", "rework", "resources", "unstable", "events", "elapsedSeconds" })
            Assert.True(root.TryGetProperty(key, out _), $"missing key {key}");
        foreach (var key in new[] { "mean", "sd", "ci95", "p50", "p90", "p99" })
            Assert.True(root.GetProperty("duration").TryGetProperty(key, out _), $"missing duration.{key}");
        Assert.True(root.GetProperty("waiting").TryGetProperty("ci95", out _));
        Assert.True(root.GetProperty("rework").TryGetProperty("mean", out _));
        Assert.Equal("dynamic", root.GetProperty("policy").GetString());
        Assert.Equal(13, root.GetProperty("interarrival").GetDouble());
        Assert.Equal(300, root.GetProperty("warmup").GetInt32()); // 10% of --projects by default
        Assert.False(root.GetProperty("unstable").GetBoolean());
        var resources = root.GetProperty("resources");
        Assert.Equal(9, resources.GetArrayLength());
        Assert.Equal("Connection cable design", resources[0].GetProperty("name").GetString());
        foreach (var key in new[] { "name", "utilization", "queue", "wait" })
            Assert.True(resources[0].TryGetProperty(key, out _), $"missing resources[].{key}");
    }

    [Fact]
    public void Simulate_ReworkAware_IsAPolicyOfItsOwn()
    {
        string[] args = ["simulate", "optical-mouse", "--interarrival", "16", .. Quick];
        var aware = Json([.. args, "--policy", "rework-aware"]);
        Assert.Equal("rework-aware", aware.GetProperty("policy").GetString());
        var rework = aware.GetProperty("rework").GetProperty("mean").GetDouble();
        Assert.NotEqual(Json([.. args, "--policy", "dynamic"]).GetProperty("rework").GetProperty("mean").GetDouble(), rework);
        Assert.NotEqual(Json([.. args, "--policy", "static"]).GetProperty("rework").GetProperty("mean").GetDouble(), rework);
    }

    [Fact]
    public void Simulate_SameSeed_IdenticalJsonWhateverTheThreadCount()
    {
        static string Without(JsonElement e)
        {
            var node = JsonNode.Parse(e.GetRawText())!.AsObject();
            node.Remove("elapsedSeconds");
            return node.ToJsonString();
        }
        var one = Json(["simulate", "optical-mouse", "--interarrival", "14", "--threads", "1", .. Quick]);
        var two = Json(["simulate", "optical-mouse", "--interarrival", "14", "--threads", "2", .. Quick]);
        Assert.Equal(Without(one), Without(two));
    }

    [Fact]
    public void Simulate_Overload_NamesTheResourceAndExitsZero()
    {
        var run = CliRun.Of("simulate", "optical-mouse", "--sequence", "1,6,8,3,9,7,4,5,2", "--interarrival", "20", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("Microprocessor design", root.GetProperty("unstable").GetString());
        Assert.True(root.GetProperty("unstableLoad").GetDouble() > 1);
        Assert.Equal("overloaded", root.GetProperty("verdict").GetString());

        var table = CliRun.Of("simulate", "optical-mouse", "--sequence", "1,6,8,3,9,7,4,5,2", "--interarrival", "20");
        Assert.Contains("Verdict: overloaded", table.Output, StringComparison.Ordinal);
        Assert.Contains("Microprocessor design's offered load is", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_Table_ShowsDurationWaitingAndResources()
    {
        var run = CliRun.Of(["simulate", "optical-mouse", "--policy", "dynamic", "--interarrival", "13", .. Quick]);
        Assert.Equal(0, run.ExitCode);
        foreach (var text in new[] { "duration", "waiting", "utilisation", "queue", "Top case design", "warm-up" })
            Assert.Contains(text, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_Trace_WritesEveryExecutionOfOneReplication()
    {
        var path = TestFiles.NewPath("devsim-trace-", ".csv");
        var run = CliRun.Of("simulate", "optical-mouse", "--interarrival", "16", "--projects", "100", "--reps", "2", "--trace", path);
        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(path);
        Assert.Equal("project,task,resource,amount,queued,start,end", lines[0]);
        Assert.True(lines.Length - 1 >= 100 * 9);
        Assert.Equal(100, lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count());
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + ".tmp-*"));
    }

    [Fact]
    public void Simulate_ArrivalFile_UsesItsTimesAndCount()
    {
        var times = string.Join("\n", Enumerable.Range(0, 500).Select(i => (i * 16).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var path = CliRun.TempFile("time\n" + times + "\n", ".csv");
        var root = Json("simulate", "optical-mouse", "--arrivals", path, "--reps", "2");
        Assert.Equal(500, root.GetProperty("projects").GetInt32());
        Assert.Equal(16, root.GetProperty("interarrival").GetDouble());
    }

    [Fact]
    public void Simulate_BadArrivalFile_NamesTheRow()
    {
        var path = CliRun.TempFile("time\n0\n5\nsoon\n", ".csv");
        var run = CliRun.Of("simulate", "optical-mouse", "--arrivals", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"devsim: {path}, row 4: 'soon' is not an arrival time (at least 0)", run.ErrorLines.Single());
    }

    [Theory]
    [InlineData(new[] { "--policy", "random", "--interarrival", "13" }, "devsim: --policy: 'random' is not one of static, dynamic, rework-aware")]
    [InlineData(new string[0], "devsim: --interarrival: required with --arrivals poisson (the mean time between project arrivals, in days)")]
    [InlineData(new[] { "--interarrival", "-2" }, "devsim: --interarrival: -2 is out of range (more than 0)")]
    [InlineData(new[] { "--interarrival", "13", "--projects", "100", "--warmup", "100" }, "devsim: --warmup: 100 must be from 0 to 99 (fewer than the 100 projects)")]
    [InlineData(new[] { "--arrivals", "weekly", "--interarrival", "13" }, "devsim: --arrivals: 'weekly' is neither poisson, fixed nor an existing CSV file of arrival times")]
    public void Simulate_BadArgument_OneClearLineAndExitCode2(string[] options, string expected)
    {
        var run = CliRun.Of(["simulate", "optical-mouse", .. options]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, run.ErrorLines[0]);
    }

    [Fact]
    public void Simulate_NothingToEstimateFrom_JsonSaysNullNotNaN()
    {
        // One project in one replication: no spread, no CI, idle resources without a wait. Standard JSON
        // has no NaN; a program reading the output must get null, not the string "NaN".
        var run = CliRun.Of("simulate", "optical-mouse", "--interarrival", "15", "--projects", "1", "--reps", "1", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("NaN", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", run.Output, StringComparison.Ordinal);
        var duration = JsonDocument.Parse(run.Output).RootElement.GetProperty("duration");
        Assert.Equal(JsonValueKind.Null, duration.GetProperty("sd").ValueKind);
        Assert.Equal(JsonValueKind.Number, duration.GetProperty("mean").ValueKind);
    }
}
