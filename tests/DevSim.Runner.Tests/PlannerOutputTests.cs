using System.Text.Json;
using System.Text.RegularExpressions;

namespace DevSim.Runner.Tests;

/// <summary>
/// What a planner reads (issue 26): overload blamed on the bottleneck only, a finite arrival list judged as such,
/// tables that fit 80 columns without splitting a number, and mistyped names answered with a did-you-mean.
/// </summary>
public partial class PlannerOutputTests
{
    private static readonly string Device = Repository.Path("experiments", "scenarios", "device-portfolio.yaml");
    private static readonly string Constrained = Repository.Path("experiments", "scenarios", "device-constrained.yaml");

    private static JsonElement Json(params string[] args)
    {
        var run = CliRun.Of([.. args, "--format", "json"]);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Output).RootElement.Clone();
    }

    [Fact]
    public void Simulate_FirstResourceIsTheBottleneck_OnlyItIsSaturatedAndTheOthersHeldBack()
    {
        // Industrial design (one person, tasks 1 and 2 first in the sequence) takes 2.1 of its capacity at interarrival 5;
        // electronics and firmware show offered loads above 1 but see only what it lets through.
        var root = Json("simulate", Device, "--interarrival", "5", "--projects", "3000", "--reps", "4");
        Assert.Equal("overloaded", root.GetProperty("verdict").GetString());
        var statuses = root.GetProperty("resources").EnumerateArray()
            .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("status").GetString());
        Assert.Equal("saturated", statuses["industrial-design"]);
        Assert.Equal("held-back", statuses["electronics"]);
        Assert.Equal("held-back", statuses["firmware"]);
        Assert.Equal("ok", statuses["test-lab"]);
        var reasons = root.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(reasons, r => r.StartsWith("electronics", StringComparison.Ordinal) && r.Contains("would be over capacity once industrial-design keeps up", StringComparison.Ordinal));
        Assert.DoesNotContain(reasons, r => r.StartsWith("electronics", StringComparison.Ordinal) && r.Contains("grows without bound", StringComparison.Ordinal));
    }

    [Fact]
    public void Simulate_FourProjectTrace_FiniteWithoutAnOfferedLoadAndPercentilesSayHowMany()
    {
        var trace = CliRun.TempFile("0\n5\n9\n30\n", ".csv");
        try
        {
            var root = Json("simulate", Device, "--arrivals", trace, "--reps", "5");
            Assert.Equal("finite", root.GetProperty("verdict").GetString());
            Assert.All(root.GetProperty("resources").EnumerateArray(), r =>
            {
                Assert.Equal(JsonValueKind.Null, r.GetProperty("offeredLoad").ValueKind);
                Assert.Equal("ok", r.GetProperty("status").GetString());
            });
            Assert.Equal(20, root.GetProperty("duration").GetProperty("projects").GetInt64());
            // A replication of 4 projects has no project beyond its own p90: no CI rather than one that misses the pooled p90.
            foreach (var key in new[] { "p50Ci95", "p90Ci95", "p99Ci95" })
                Assert.All(root.GetProperty("duration").GetProperty(key).EnumerateArray(), b => Assert.Equal(JsonValueKind.Null, b.ValueKind));
            var table = CliRun.Of("simulate", Device, "--arrivals", trace, "--reps", "5");
            Assert.Contains("Verdict: finite", table.Output, StringComparison.Ordinal);
            Assert.Contains("percentiles of 20 projects (4 per replication)", table.Output, StringComparison.Ordinal);
            Assert.Contains("not computed where a replication counts fewer than 5 projects beyond the percentile", table.Output.ReplaceLineEndings(""), StringComparison.Ordinal);
            Assert.DoesNotContain("overloaded", table.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(trace);
        }
    }

    [Fact]
    public void Simulate_NoTrendTest_JsonSaysNullNotFalse()
    {
        // 40 projects with a warm-up of 39 leave one batch mean: no trend test can run.
        var root = Json("simulate", "optical-mouse", "--interarrival", "30", "--projects", "40", "--warmup", "39", "--reps", "3");
        var trend = root.GetProperty("steadyState").GetProperty("trend");
        Assert.Equal(JsonValueKind.Null, trend.GetProperty("significant").ValueKind);
        Assert.Equal(JsonValueKind.Null, trend.GetProperty("pValue").ValueKind);
    }

    public static TheoryData<string[]> TableRuns() =>
    [
        ["optimize", "optical-mouse", "--reps", "100", "--race-reps", "300", "--final-reps", "500", "--max-generations", "3", "--top", "5"],
        ["simulate", "optical-mouse", "--interarrival", "20", "--projects", "2000", "--reps", "3"],
        ["simulate", "optical-mouse", "--interarrival", "20", "--projects", "2000", "--reps", "1"],
        ["simulate", "optical-mouse", "--interarrival", "10", "--projects", "2000", "--reps", "3"],
        ["simulate", Device, "--interarrival", "5", "--projects", "2000", "--reps", "3"],
        ["capacity", "optical-mouse", "--target-duration", "100", "--add", "1", "--interarrival", "14", "--reps", "2000", "--projects", "2000", "--sim-reps", "3",
            "--tolerance", "0.05"],
        ["capacity", Repository.Path("experiments", "portfolios", "three-lines.yaml"), "--target-duration", "150", "--discipline", "fifo,priority", "--add", "1",
            "--load-factor", "1", "--reps", "2000", "--projects", "2000", "--sim-reps", "3", "--tolerance", "0.05"],
        ["analyze", "optical-mouse", "--reps", "2000", "--sim-reps", "2", "--projects", "600"],
        ["analyze", Constrained, "--reps", "2000", "--interarrival", "20", "--sim-reps", "2", "--projects", "600"],
        ["sensitivity", "optical-mouse", "--reps", "2000", "--top", "6"],
        ["sensitivity", Constrained, "--reps", "2000"],
        ["evaluate", "optical-mouse", "--reps", "2000"],
        ["evaluate", Constrained, "--reps", "2000"],
        ["staff", Repository.Path("experiments", "teams", "chen-kim-2013.yaml"), "--out", Path.Combine(TestFiles.Root, "devsim-staff-at-80-columns")],
        ["portfolio", Repository.Path("experiments", "portfolios", "three-lines.yaml"), "--projects", "2000", "--reps", "3"],
    ];

    [Theory]
    [MemberData(nameof(TableRuns))]
    public void Command_At80Columns_NoLineLongerAndEveryNumberWhole(string[] args)
    {
        var narrow = CliRun.AtWidth(80, args);
        var wide = CliRun.AtWidth(200, args);
        Assert.Equal(0, narrow.ExitCode);
        var lines = narrow.Output.Split('\n');
        Assert.All(lines, l => Assert.True(l.TrimEnd('\r').Length <= 80, $"{l.Length} columns: {l}"));
        // Every number and CI of the wide tables appears whole in the narrow ones (the timing line aside).
        var narrowTables = string.Join('\n', lines.Where(l => l.StartsWith('│')));
        foreach (var line in wide.Output.Split('\n').Where(l => l.StartsWith('│')))
        {
            foreach (Match m in NumberOrCi().Matches(line))
                Assert.Contains(m.Value, narrowTables, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Simulate_TooFewProjectsAfterTheWarmup_TablesSayNotComputedAndWhy()
    {
        // One project per replication after the warm-up: no sd, no utilisation (CliRun refuses "-" cells and "[-, -]").
        var run = CliRun.Of("simulate", "optical-mouse", "--interarrival", "30", "--projects", "40", "--warmup", "39", "--reps", "3");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("│ not computed │", run.Output, StringComparison.Ordinal);
        Assert.Contains("not computed: too few projects after the warm-up (3 counted over 3 replications)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Portfolio_NoDueDateAndOneReplication_TablesSayWhatIsMissing()
    {
        var file = CliRun.TempFile("""
            types:
              - name: Mouse
                scenario: optical-mouse
                arrivals: { interarrival: 25 }
              - name: Balanced
                scenario: optical-mouse-balanced
                arrivals: { interarrival: 50 }
                due-allowance: 90
            """);
        var run = CliRun.Of("portfolio", file, "--projects", "800", "--reps", "1");
        File.Delete(file);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"│ Mouse +│ +[\d.]+ \(no CI\) │ +not computed │ +not computed │", run.Output);
        Assert.Contains("not computed: Mouse has no due-allowance, so no due date", run.Output, StringComparison.Ordinal);
        Assert.Contains("no CI: one replication", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(40, true)]   // the mouse's shortest project: 0.8 x 56 = 44.8 days
    [InlineData(45, false)]
    public void Portfolio_ADueAllowanceShorterThanTheShortestProject_IsNamedWithBothNumbers(int allowance, bool named)
    {
        var file = CliRun.TempFile($$"""
            types:
              - name: Mouse
                scenario: optical-mouse
                arrivals: { interarrival: 25 }
                due-allowance: {{allowance}}
            """);
        var run = CliRun.AtWidth(300, "portfolio", file, "--projects", "500", "--reps", "2");
        var json = CliRun.Of("portfolio", file, "--projects", "500", "--reps", "2", "--format", "json");
        File.Delete(file);
        Assert.Equal(0, run.ExitCode);
        const string Line = "Mouse: due 40.0 days after arrival, but its shortest possible project takes 44.8 days (every task once at its shortest, " +
            "no rework, no waiting): none can be on time; lengthen its due-allowance";
        if (named)
            Assert.Contains(Line, run.Output, StringComparison.Ordinal);
        else
            Assert.DoesNotContain("shortest possible project", run.Output, StringComparison.Ordinal);
        // The JSON carries the same line, so that a script is warned as a reader of the table is.
        var warnings = JsonDocument.Parse(json.Output).RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).ToList();
        Assert.Equal(named ? [Line] : [], warnings);
    }

    [Fact]
    public void Portfolio_LoadWithoutCi_SaysWhyInTheJsonAndUnderTheTable_NeverASilentNull()
    {
        // The medical-device portfolio behind a WIP cap of 1: the sustaining change, last in priority, finishes no project in most
        // replications, and a replication's load needs every type's work per project.
        var file = Repository.Path("experiments", "portfolios", "medical-device.yaml");
        var root = Json("portfolio", file, "--wip-cap", "1");
        var resources = root.GetProperty("resources").EnumerateArray().ToList();
        Assert.Contains(resources, r => r.GetProperty("offeredLoad").GetProperty("ci95")[0].ValueKind == JsonValueKind.Null);
        Assert.All(resources, r =>
        {
            var missing = r.GetProperty("offeredLoad").GetProperty("ci95")[0].ValueKind == JsonValueKind.Null;
            var reason = r.GetProperty("offeredLoadCiReason");
            Assert.Equal(missing, reason.ValueKind == JsonValueKind.String);
            if (missing)
                Assert.Matches(@"^no CI: no project of Sustaining in \d+ of 10 replications finished", reason.GetString()!);
        });
        var table = Regex.Replace(CliRun.Of("portfolio", file, "--wip-cap", "1").Output, @"\s+", " ");
        Assert.Contains("load of Systems team, Hardware team, Software team, Quality team: no CI: no project of Sustaining in", table, StringComparison.Ordinal);

        // At the file's cap every type finishes: every load has its CI and no reason.
        Assert.All(Json("portfolio", file, "--projects", "4000", "--reps", "3").GetProperty("resources").EnumerateArray(),
            r => Assert.Equal(JsonValueKind.Null, r.GetProperty("offeredLoadCiReason").ValueKind));
    }

    [Fact]
    public void Portfolio_ATypeStarvedBehindAWipCap_IsSaidToHaveNoFinishedProject_NotToLackADueDate()
    {
        // A cap of 1 and a balanced project every 30 days, each taking longer than that alone: the backlog grows and the
        // lower-priority mouse is never admitted. Both types have a due allowance.
        var file = CliRun.TempFile("""
            discipline: priority
            wip-cap: 1
            types:
              - name: Mouse
                scenario: optical-mouse
                arrivals: { interarrival: 30 }
                priority: 2
                due-allowance: 120
              - name: Balanced
                scenario: optical-mouse-balanced
                arrivals: { interarrival: 30 }
                priority: 1
                due-allowance: 90
            """);
        var run = CliRun.Of("portfolio", file, "--projects", "2000", "--warmup", "10", "--reps", "2", "--max-in-system", "300");
        File.Delete(file);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"│ Mouse +│ +0 │ +not computed │", run.Output);
        Assert.Contains("not computed: no project of Mouse finished after the warm-up", run.Output.ReplaceLineEndings(""), StringComparison.Ordinal);
        Assert.DoesNotContain("due-allowance", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void OptimizeExhaustive_Piped_OneLinePerStageOnStandardError()
    {
        var run = CliRun.Of("optimize", "strongly-coupled", "--method", "exhaustive", "--first-pass-reps", "50", "--survivors", "100",
            "--final-reps", "500", "--top", "3", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("optimize: first pass", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith("optimize: re-estimating the leaders", StringComparison.Ordinal));
        Assert.Equal(run.ErrorLines.Length, run.ErrorLines.Distinct().Count());
        JsonDocument.Parse(run.Output).Dispose();
    }

    [Fact]
    public void SensitivityUnderLoad_Piped_ProgressLinesOnStandardError()
    {
        var run = CliRun.Of("sensitivity", "strongly-coupled", "--interarrival", "40", "--projects", "300", "--reps", "2", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^sensitivity: (\d+)/\1 runs", run.ErrorLines[^1]);
    }

    [Fact]
    public void MistypedOption_DidYouMeanOnceWithTheHelpLine()
    {
        var run = CliRun.Of("simulate", "optical-mouse", "--interarival", "20");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["devsim: unknown option '--interarival' for 'devsim simulate'; did you mean '--interarrival'?", "Try 'devsim simulate --help'."], run.ErrorLines);
    }

    [Fact]
    public void MistypedCommand_DidYouMeanOnceWithTheHelpLine()
    {
        var run = CliRun.Of("smulate", "optical-mouse", "--interarrival", "20");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["devsim: unknown command 'smulate'; did you mean 'simulate'?", "Try 'devsim --help'."], run.ErrorLines);
    }

    [Fact]
    public void Analyze_PoliciesIsAnAliasOfPolicy_BothAccepted()
    {
        var canonical = CliRun.Of("analyze", "optical-mouse", "--policy", "static", "--reps", "2000", "--format", "json");
        var alias = CliRun.Of("analyze", "optical-mouse", "--policies", "static", "--reps", "2000", "--format", "json");
        Assert.Equal(0, canonical.ExitCode);
        Assert.Equal(0, alias.ExitCode);
        Assert.Equal(JsonDocument.Parse(canonical.Output).RootElement.GetProperty("limits").GetRawText(),
            JsonDocument.Parse(alias.Output).RootElement.GetProperty("limits").GetRawText());
    }

    [Fact]
    public void ExperimentFile_PolicyForPolicies_DidYouMean()
    {
        var file = CliRun.TempFile("scenarios: [optical-mouse]\npolicy: [static]\ninterarrival: [20]\nreplications: 2\nprojects: 200\n");
        try
        {
            var run = CliRun.Of("sweep", file, "--out", TestFiles.NewPath("devsim-test-"));
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("did you mean 'policies'?", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"\[-?[\d,]+\.\d+, -?[\d,]+\.\d+\]|-?\d[\d,]*\.\d+")]
    private static partial Regex NumberOrCi();
}
