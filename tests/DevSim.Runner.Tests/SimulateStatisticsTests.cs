using System.Globalization;
using System.Text.Json;
using Xunit.Abstractions;

namespace DevSim.Runner.Tests;

/// <summary>`devsim simulate`'s statistics of issue 17: percentiles against a trace, verdicts, one replication, --warmup auto.</summary>
public class SimulateStatisticsTests(ITestOutputHelper output)
{
    private static JsonElement Json(params string[] args)
    {
        var run = CliRun.Of([.. args, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement.Clone();
    }

    /// <summary>Each traced project's duration (last end − first request, which is its arrival), for projects from <paramref name="warmup"/> on.</summary>
    private static double[] TraceDurations(string path, int warmup)
    {
        var first = new Dictionary<int, double>();
        var last = new Dictionary<int, double>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(',');
            var project = int.Parse(f[0], CultureInfo.InvariantCulture);
            var queued = double.Parse(f[4], CultureInfo.InvariantCulture);
            var end = double.Parse(f[6], CultureInfo.InvariantCulture);
            first[project] = first.TryGetValue(project, out var q) ? Math.Min(q, queued) : queued;
            last[project] = last.TryGetValue(project, out var e) ? Math.Max(e, end) : end;
        }
        var firstProject = first.Keys.Min();
        return [.. first.Keys.Where(p => p - firstProject >= warmup).Select(p => last[p] - first[p]).Order()];
    }

    [Theory]
    [InlineData("static", "13")]
    [InlineData("dynamic", "14")]
    public void Simulate_OneReplicationWithTrace_PercentilesWithinOnePercentOfTheTrace(string policy, string interarrival)
    {
        // The issue's case: P² reported 287 / 1694 / 2771 days where the trace's exact quantiles were 222 / 735 / 1891.
        var trace = TestFiles.NewPath("devsim-quantiles-", ".csv");
        try
        {
            var root = Json("simulate", "optical-mouse", "--policy", policy, "--interarrival", interarrival, "--reps", "1",
                "--projects", "20000", "--warmup", "2000", "--seed", "1", "--trace", trace);
            var durations = TraceDurations(trace, 2000);
            Assert.Equal(18_000, durations.Length);
            var duration = root.GetProperty("duration");
            Assert.Equal(durations.Average(), duration.GetProperty("mean").GetDouble(), 6);
            foreach (var (key, q) in new[] { ("p50", 0.5), ("p90", 0.9), ("p99", 0.99) })
            {
                var exact = durations[(int)Math.Floor(q * (durations.Length - 1))];
                var reported = duration.GetProperty(key).GetDouble();
                output.WriteLine($"{policy} at {interarrival}: {key} reported {reported:F2}, trace {exact:F2}");
                Assert.True(Math.Abs(reported - exact) <= 0.01 * exact, $"{key}: reported {reported}, trace {exact}");
            }
        }
        finally
        {
            File.Delete(trace);
        }
    }

    [Fact]
    public void Simulate_ShortRunNearSaturation_UnsettledWithTheReason()
    {
        // The top case's critical interarrival is 12.64 days: at 12.85 its load is about 0.985, and 3,000 projects
        // over 4 replications give a mean whose CI is wider than the mean itself.
        var root = Json("simulate", "optical-mouse", "--interarrival", "12.85", "--reps", "4", "--projects", "3000");
        Assert.Equal("unsettled", root.GetProperty("verdict").GetString());
        var reasons = root.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(reasons, r => r.StartsWith("The 95% CI of the mean duration is", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.StartsWith("Durations still grow", StringComparison.Ordinal));
    }

    [Fact]
    public void Simulate_ClearlyOverloaded_Overloaded()
    {
        var root = Json("simulate", "optical-mouse", "--interarrival", "10", "--reps", "3", "--projects", "3000");
        Assert.Equal("overloaded", root.GetProperty("verdict").GetString());
        Assert.Contains(root.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("above 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Simulate_LongRunAtLowLoad_Stable()
    {
        var root = Json("simulate", "optical-mouse", "--interarrival", "20");
        Assert.Equal("stable", root.GetProperty("verdict").GetString());
        Assert.Single(root.GetProperty("reasons").EnumerateArray());
    }

    [Fact]
    public void Simulate_MouseAt13With100Projects_NotOverloaded()
    {
        // The exact static load of the top case at 13 is 0.972; the sampled load once made this run UNSTABLE.
        var root = Json("simulate", "optical-mouse", "--interarrival", "13", "--projects", "100");
        Assert.NotEqual("overloaded", root.GetProperty("verdict").GetString());
        var top = root.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Top case design");
        var ci = top.GetProperty("offeredLoadCi95");
        Assert.InRange(0.972, ci[0].GetDouble(), ci[1].GetDouble());
    }

    [Fact]
    public void Simulate_OneReplication_BatchMeansCisEverywhereAndNoNaN()
    {
        var run = CliRun.Of("simulate", "optical-mouse", "--interarrival", "16", "--reps", "1", "--projects", "5000", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("NaN", run.Output, StringComparison.Ordinal);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("batch means (20 batches)", root.GetProperty("steadyState").GetProperty("ciMethod").GetString());
        foreach (var block in new[] { "duration", "waiting", "rework", "inSystem" })
        {
            var ci = root.GetProperty(block).GetProperty("ci95");
            var mean = root.GetProperty(block).GetProperty("mean").GetDouble();
            Assert.True(ci[0].GetDouble() < mean && mean < ci[1].GetDouble(), $"{block}: {mean} outside its CI");
        }
        foreach (var resource in root.GetProperty("resources").EnumerateArray())
        {
            foreach (var key in new[] { "utilizationCi95", "queueCi95", "waitCi95", "offeredLoadCi95" })
                Assert.True(double.IsFinite(resource.GetProperty(key)[0].GetDouble()), $"{key} of {resource.GetProperty("name")}");
        }

        var table = CliRun.Of("simulate", "optical-mouse", "--interarrival", "16", "--reps", "1", "--projects", "5000");
        Assert.DoesNotContain("[-, -]", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_WarmupAuto_UsesTheLargestMserCut()
    {
        var fixedRun = Json("simulate", "optical-mouse", "--interarrival", "13", "--projects", "4000", "--reps", "4");
        var auto = Json("simulate", "optical-mouse", "--interarrival", "13", "--projects", "4000", "--reps", "4", "--warmup", "auto");
        var largest = fixedRun.GetProperty("steadyState").GetProperty("mserCutLargest").GetInt64();
        Assert.True(largest > 0);
        Assert.Equal(largest, auto.GetProperty("warmup").GetInt64());
        Assert.Equal("auto (MSER-5)", auto.GetProperty("steadyState").GetProperty("warmupRule").GetString());
    }

    [Fact]
    public void Simulate_WarmupNeitherNumberNorAuto_ExitsTwoNamingTheOption()
    {
        var run = CliRun.Of("simulate", "optical-mouse", "--interarrival", "16", "--warmup", "soon");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--warmup: 'soon' is not a whole number", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_MaxHalfWidthZero_ExitsTwoNamingTheOption()
    {
        var run = CliRun.Of("simulate", "optical-mouse", "--interarrival", "16", "--max-half-width", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--max-half-width", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoReplications_CisOfNonNegativeMeasures_AreCutAtZero_TheirUpperEndsKept()
    {
        // Two replications: Student t on 1 degree of freedom, 12.7 standard errors either side. At one project every 20 days the
        // waiting's interval went down to -9.2 days; a wait cannot be negative, and the cut interval covers as often.
        var root = JsonDocument.Parse(CliRun.Of("simulate", "optical-mouse", "--interarrival", "20", "--projects", "300", "--reps", "2", "--format", "json").Output).RootElement;
        var waiting = root.GetProperty("waiting");
        var (mean, ci) = (waiting.GetProperty("mean").GetDouble(), waiting.GetProperty("ci95"));
        Assert.Equal(0, ci[0].GetDouble());
        Assert.True(ci[1].GetDouble() - mean > mean, $"the raw interval no longer reaches below 0, so this case checks nothing: {waiting}");
        IEnumerable<JsonElement> Intervals(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Object => e.EnumerateObject().SelectMany(p => p.Name.EndsWith("i95", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.Array
                ? [p.Value] : Intervals(p.Value)),
            JsonValueKind.Array => e.EnumerateArray().SelectMany(Intervals),
            _ => [],
        };
        // The table says how wide two replications make an interval, and what to give instead; ten say nothing.
        var table = System.Text.RegularExpressions.Regex.Replace(
            CliRun.Of("simulate", "optical-mouse", "--interarrival", "20", "--projects", "300", "--reps", "2").Output, @"\s+", " ");
        Assert.Contains("2 replications: each 95% CI is 12.71 standard errors either side of its mean (Student t, 1 degree of freedom), so wide; " +
            "--reps 5 or more brings that to 2.78 or less", table, StringComparison.Ordinal);
        Assert.DoesNotContain("standard errors either side", CliRun.Of("simulate", "optical-mouse", "--interarrival", "20", "--projects", "300", "--reps", "10").Output,
            StringComparison.Ordinal);
        var all = Intervals(root).ToList();
        Assert.True(all.Count > 10, $"only {all.Count} intervals found");
        Assert.All(all, i => Assert.True(i[0].ValueKind == JsonValueKind.Null || i[0].GetDouble() >= 0, $"{i}"));
    }
}
