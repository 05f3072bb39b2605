using System.Text.Json;

namespace DevSim.Runner.Tests;

/// <summary>`devsim evaluate` as a user and a script see it: the JSON contract, tables, errors and exit codes.</summary>
public class EvaluateCommandTests
{
    [Fact]
    public void Evaluate_Json_HoldsEveryContractKey()
    {
        var run = CliRun.Of("evaluate", "optical-mouse", "--reps", "5000", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        foreach (var key in new[] { "mean", "sd", "se", "ci95", "reps", "seed", "sequence", "tasks" })
            Assert.True(root.TryGetProperty(key, out _), $"missing key {key}");
        Assert.Equal(2, root.GetProperty("ci95").GetArrayLength());
        Assert.Equal(5000, root.GetProperty("reps").GetInt32());
        Assert.Equal([5, 9, 3, 2, 7, 6, 4, 8, 1], root.GetProperty("sequence").EnumerateArray().Select(e => e.GetInt32()));
        var task = root.GetProperty("tasks")[0];
        foreach (var key in new[] { "id", "name", "executions", "reworkTime", "reworkTimeCi95" })
            Assert.True(task.TryGetProperty(key, out _), $"missing task key {key}");
        var mean = root.GetProperty("mean").GetDouble();
        Assert.InRange(mean, root.GetProperty("ci95")[0].GetDouble(), root.GetProperty("ci95")[1].GetDouble());
    }

    [Fact]
    public void Evaluate_ReworkTimeCi_InTheJsonAroundEachTasksMean_AndInTheTableWithItsMethod()
    {
        // Per-task rework had a mean only: a planner could not tell 0.07 days from noise.
        var json = CliRun.Of("evaluate", "optical-mouse", "--reps", "5000", "--format", "json");
        using var document = JsonDocument.Parse(json.Output);
        foreach (var task in document.RootElement.GetProperty("tasks").EnumerateArray())
        {
            var ci = task.GetProperty("reworkTimeCi95").EnumerateArray().Select(e => e.GetDouble()).ToList();
            var mean = task.GetProperty("reworkTime").GetDouble();
            Assert.Equal(2, ci.Count);
            Assert.Equal(mean - ci[0], ci[1] - mean, 9); // centred on the mean
            Assert.InRange(mean, ci[0], ci[1]);
            Assert.True(mean == 0 || ci[1] > ci[0], $"{task.GetProperty("name")}: reworked, yet a CI of no width");
        }
        var table = CliRun.Of("evaluate", "optical-mouse", "--reps", "5000");
        var top = Assert.Single(table.Output.Split('\n'), l => l.Contains("Top case design", StringComparison.Ordinal));
        Assert.Matches(@"\[\d+\.\d{3}, \d+\.\d{3}\]", top);
        Assert.Contains("95% CIs: Student t over the replications", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TwoReplications_ReworkIntervalsAreCutAtZero()
    {
        // Two replications: the Student-t interval is 12.71 standard errors either side, so a task reworked in one of them
        // reached below 0 days of rework (docs/model.md#intervals-of-bounded-quantities-are-cut-at-their-bounds).
        var json = CliRun.Of("evaluate", "optical-mouse", "--reps", "2", "--format", "json");
        using var document = JsonDocument.Parse(json.Output);
        var cut = 0;
        foreach (var task in document.RootElement.GetProperty("tasks").EnumerateArray())
        {
            var ci = task.GetProperty("reworkTimeCi95").EnumerateArray().Select(e => e.GetDouble()).ToList();
            var mean = task.GetProperty("reworkTime").GetDouble();
            Assert.True(ci[0] >= 0, $"{task.GetProperty("name")}: rework CI {ci[0]} to {ci[1]} reaches below 0");
            Assert.InRange(mean, ci[0], ci[1]);
            if (mean > 0 && ci[0] == 0)
                cut++;
        }
        Assert.True(cut > 0, "no reworked task's interval reached 0: the case no longer checks the cut");
        Assert.True(document.RootElement.GetProperty("ci95")[0].GetDouble() >= 0);
        var table = CliRun.Of("evaluate", "optical-mouse", "--reps", "2");
        Assert.Contains("2 replications: each 95% CI is 12.71 standard errors either side", table.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("standard errors either side", CliRun.Of("evaluate", "optical-mouse", "--reps", "5").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SequenceOption_IsUsed()
    {
        var run = CliRun.Of("evaluate", "optical-mouse", "--sequence", "1,6,8,3,9,7,4,5,2", "--reps", "2000", "--format", "json");
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(1, json.RootElement.GetProperty("sequence")[0].GetInt32());
        Assert.True(json.RootElement.GetProperty("mean").GetDouble() > 80); // the worst sequence is far slower
    }

    [Fact]
    public void Evaluate_Table_ShowsTheCiAndTheReworkTable()
    {
        var run = CliRun.Of("evaluate", "optical-mouse", "--reps", "2000");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("95% CI", run.Output, StringComparison.Ordinal);
        Assert.Contains("Balancing weight design", run.Output, StringComparison.Ordinal);
        // The unit is in the table (a planner's walk found a bare "mean duration 68.164"): days, as analyze and simulate say.
        Assert.Contains("mean duration (days)", run.Output, StringComparison.Ordinal);
        Assert.Contains("rework time (days)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BadScenarioFile_OneLinePerProblemAndExitCode2()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "optical-mouse.yaml"))
            .Replace("spread: 0.2", "spread: -1", StringComparison.Ordinal)
            .Replace("duration: 10 }", "duration: 0 }", StringComparison.Ordinal);
        var path = CliRun.TempFile(yaml);
        var run = CliRun.Of("evaluate", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.All(run.ErrorLines, l => Assert.StartsWith($"devsim: {path}:", l, StringComparison.Ordinal));
        Assert.Contains("durations.spread: -1 is outside [0, 1)", run.Error, StringComparison.Ordinal);
        Assert.Contains("tasks, entry 2, duration: 0 must be positive", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal); // no stack trace
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Evaluate_MissingFile_NamesItAndTheBuiltIns()
    {
        var run = CliRun.Of("evaluate", "no-such-file.yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("devsim: no-such-file.yaml: no such scenario file (built-in scenarios: optical-mouse, optical-mouse-balanced, optical-mouse-rows-alt, optical-mouse-balanced-rows-alt, strongly-coupled)", run.ErrorLines.Single());
    }

    [Theory]
    [InlineData("--sequence", "1,2,x", "devsim: --sequence: 'x' is not a task id (1 to 2,147,483,647) (expected comma-separated ids such as 5,9,3)")]
    [InlineData("--reps", "1", "devsim: --reps: 1 is too small (2 to 2,147,483,647)")]
    [InlineData("--format", "xml", "devsim: --format: 'xml' is not one of table, json")]
    [InlineData("--sequence", "1,2,3", "devsim: --sequence: [1, 2, 3] is not a permutation of the 9 task ids; tasks 4, 5, 6, 7, 8, 9 missing")]
    public void Evaluate_BadArgument_OneClearLineAndExitCode2(string option, string value, string expected)
    {
        var run = CliRun.Of("evaluate", "optical-mouse", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, run.ErrorLines[0]);
    }

    [Fact]
    public void Help_ListsEveryEvaluateOption()
    {
        var run = CliRun.Of("evaluate", "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--sequence", "--reps", "--seed", "--threads", "--format" })
            Assert.Contains(option, run.Output, StringComparison.Ordinal);
    }
}
