using System.Text.Json.Nodes;

namespace DevSim.Runner.Tests;

/// <summary><c>devsim portfolio</c>: a one-type portfolio equals simulate, the JSON keys of the contract, and bad portfolio files (exit 2, file, line, key, nothing written).</summary>
public class PortfolioCommandTests
{
    internal const string ThreeLines = """
        name: lines
        discipline: priority
        wip-cap: 6
        types:
          - name: Mouse
            scenario: optical-mouse
            policy: dynamic
            arrivals: { interarrival: 25 }
            priority: 2
            due-allowance: 120
          - name: Balanced
            scenario: optical-mouse-balanced
            arrivals: { interarrival: 50 }
            priority: 1
            due-allowance: 90
        """;

    [Fact]
    public void LargeRun_TellsItsReplicationsOnStandardError_SmallRunSaysNothing()
    {
        // 250,000 projects x 2 replications is the threshold simulate uses too; the last replication's line comes last.
        var file = CliRun.TempFile(ThreeLines);
        var large = CliRun.Of("portfolio", file, "--projects", "250000", "--reps", "2", "--format", "json");
        Assert.True(large.ExitCode == 0, large.Error);
        Assert.All(large.ErrorLines, l => Assert.Matches(@"^portfolio: [12]/2 replications done$", l));
        Assert.Equal("portfolio: 2/2 replications done", large.ErrorLines[^1]);
        var small = CliRun.Of("portfolio", file, "--projects", "2000", "--reps", "2", "--format", "json");
        Assert.True(small.ExitCode == 0, small.Error);
        Assert.Empty(small.ErrorLines);
    }

    [Fact]
    public void OneType_OnItsScenariosResources_SameJsonNumbersAsSimulate()
    {
        var file = CliRun.TempFile("""
            types:
              - name: Mouse
                scenario: optical-mouse
                policy: dynamic
                arrivals: { interarrival: 14 }
            """);
        var simulate = CliRun.Of("simulate", "optical-mouse", "--policy", "dynamic", "--interarrival", "14", "--projects", "3000", "--reps", "3", "--format", "json");
        var portfolio = CliRun.Of("portfolio", file, "--projects", "3000", "--reps", "3", "--format", "json");
        Assert.True(simulate.ExitCode == 0, simulate.Error);
        Assert.True(portfolio.ExitCode == 0, portfolio.Error);
        var s = JsonNode.Parse(simulate.Output)!;
        var p = JsonNode.Parse(portfolio.Output)!;
        foreach (var measure in new[] { "duration", "waiting", "rework" })
        {
            Assert.Equal(s[measure]!["mean"]!.GetValue<double>(), p["overall"]![measure]!["mean"]!.GetValue<double>());
            Assert.Equal(s[measure]!["ci95"]!.ToJsonString(), p["overall"]![measure]!["ci95"]!.ToJsonString());
            Assert.Equal(s[measure]!["mean"]!.GetValue<double>(), p["types"]![0]![measure]!["mean"]!.GetValue<double>());
        }
        for (var r = 0; r < 9; r++)
        {
            foreach (var measure in new[] { "utilization", "queue", "wait", "offeredLoad" })
                Assert.Equal(s["resources"]![r]![measure]!.GetValue<double>(), p["resources"]![r]![measure]!["mean"]!.GetValue<double>());
        }
        Assert.Equal(s["verdict"]!.GetValue<string>(), p["verdict"]!.GetValue<string>());
        File.Delete(file);
    }

    [Fact]
    public void Json_HasTheContractsKeys()
    {
        var file = CliRun.TempFile(ThreeLines);
        var run = CliRun.Of("portfolio", file, "--projects", "2000", "--reps", "2", "--format", "json", "--load-factor", "0.9");
        Assert.True(run.ExitCode == 0, run.Error);
        var json = JsonNode.Parse(run.Output)!;
        foreach (var block in json["types"]!.AsArray().Append(json["overall"]))
        {
            foreach (var key in new[] { "duration", "waiting", "backlogWait", "rework", "tardiness", "onTime" })
            {
                Assert.NotNull(block![key]!["mean"]);
                Assert.Equal(2, block[key]!["ci95"]!.AsArray().Count);
            }
        }
        Assert.Equal("Mouse", json["types"]![0]!["name"]!.GetValue<string>());
        var resource = json["resources"]![0]!;
        foreach (var key in new[] { "name", "capacity", "utilization", "offeredLoad", "queue", "wait", "byType" })
            Assert.NotNull(resource[key]);
        var shares = resource["byType"]!.AsArray().Sum(b => b!["share"]!.GetValue<double>());
        Assert.Equal(1, shares, 9);
        Assert.NotNull(json["verdict"]);
        Assert.Equal("priority", json["settings"]!["discipline"]!.GetValue<string>());
        Assert.Equal(6, json["settings"]!["wipCap"]!.GetValue<int>());
        Assert.Equal(0.9, json["settings"]!["loadFactor"]!.GetValue<double>());
        File.Delete(file);
    }

    [Theory]
    [InlineData("scenario: optical-mouse-balanced", "scenario: optical-mouse-balancd", 12, "types, Balanced, scenario", "did you mean 'optical-mouse-balanced'?")]
    [InlineData("discipline: priority", "discipline: priorty", 2, "discipline", "did you mean 'priority'?")]
    [InlineData("wip-cap: 6", "wip-cap: 0", 3, "wip-cap", "0 must be at least 1")]
    [InlineData("due-allowance: 90", "due-allowance: -5", 15, "types, Balanced, due-allowance", "must be a finite number of days of 0 or more")]
    [InlineData("- name: Balanced", "- name: Mouse", 11, "types, Mouse, name", "another type is also named 'Mouse'")]
    [InlineData("priority: 1", "priorty: 1", 14, "types, Balanced, priorty", "unknown key; did you mean 'priority'?")]
    [InlineData("policy: dynamic", "policy: dynamc", 7, "types, Mouse, policy", "did you mean 'dynamic'?")]
    [InlineData("name: lines", "name: lines\nresources:\n  - { name: Top case design, capacity: 2 }", 7, "types, Mouse, resources", "is not in the pool")]
    [InlineData("policy: dynamic", "policy: dynamic\n    resources: { Top case: Mechanical team }", 8, "types, Mouse, resources", "'Top case' is not a resource of scenario 'optical-mouse'")]
    [InlineData("name: lines", "name: lines\nresources:\n  - { name: Top case design, capacity: 2 }\ntyps: 1", 4, "typs", "unknown key; did you mean 'types'?")]
    public void BadPortfolioFile_Exit2NamingFileLineAndKey_NothingWritten(string correct, string wrong, int line, string key, string message)
    {
        var file = CliRun.TempFile(ThreeLines.Replace(correct, wrong, StringComparison.Ordinal));
        var trace = TestFiles.NewPath("devsim-never-", ".csv");
        var run = CliRun.Of("portfolio", file, "--projects", "500", "--reps", "1", "--trace", trace);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"devsim: {file}:{line}: {key}: ", StringComparison.Ordinal) && l.Contains(message, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(trace));
        File.Delete(file);
    }

    [Fact]
    public void MapOntoAMissingPoolResource_IsNamed()
    {
        var file = CliRun.TempFile(ThreeLines
            .Replace("name: lines", "name: lines\nresources:\n  - { name: Top case design, capacity: 2 }", StringComparison.Ordinal)
            .Replace("policy: dynamic", "policy: dynamic\n    resources: { Top case design: Mechanical team }", StringComparison.Ordinal));
        var run = CliRun.Of("portfolio", file, "--projects", "500", "--reps", "1");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("types, Mouse, resources", StringComparison.Ordinal) && l.Contains("'Mechanical team'", StringComparison.Ordinal));
        File.Delete(file);
    }

    [Fact]
    public void AResourceMissingFromThePool_NothingClose_ListsThePool()
    {
        var file = CliRun.TempFile("""
            resources: [{ name: Lab, capacity: 1 }, { name: Bench, capacity: 2 }]
            types:
              - name: A
                process:
                  name: p
                  resources: [{ name: Design team, capacity: 1 }]
                  tasks: [{ id: 1, name: X, duration: 2, resource: Design team }]
                  rework: { probability: [[0]], impact: [[0]] }
                arrivals: { interarrival: 10 }
            """);
        var run = CliRun.Of("portfolio", file, "--projects", "500", "--reps", "2");
        File.Delete(file);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.EndsWith(
            "types, A, resources: resource 'Design team' is not in the pool; add it to resources or map it onto a pool resource (the pool: 'Lab', 'Bench')",
            StringComparison.Ordinal));
    }

    [Fact]
    public void WipCapNone_LiftsTheFilesCap_AsAFileWithoutOne()
    {
        var capped = CliRun.TempFile(ThreeLines);
        var uncapped = CliRun.TempFile(ThreeLines.Replace("wip-cap: 6\n", "", StringComparison.Ordinal));
        var lifted = CliRun.Of("portfolio", capped, "--wip-cap", "none", "--projects", "1500", "--reps", "2", "--format", "json");
        var without = CliRun.Of("portfolio", uncapped, "--projects", "1500", "--reps", "2", "--format", "json");
        var kept = CliRun.Of("portfolio", capped, "--projects", "1500", "--reps", "2", "--format", "json");
        Assert.True(lifted.ExitCode == 0, lifted.Error);
        Assert.True(without.ExitCode == 0, without.Error);
        Assert.True(kept.ExitCode == 0, kept.Error);
        var (l, w, k) = (JsonNode.Parse(lifted.Output)!, JsonNode.Parse(without.Output)!, JsonNode.Parse(kept.Output)!);
        Assert.Null(l["settings"]!["wipCap"]);
        Assert.Equal(w["types"]!.ToJsonString(), l["types"]!.ToJsonString());
        Assert.Equal(w["overall"]!.ToJsonString(), l["overall"]!.ToJsonString());
        // The file's cap of 6 does hold projects back at this load: lifting it must change something.
        Assert.NotEqual(k["overall"]!["backlogWait"]!.ToJsonString(), l["overall"]!["backlogWait"]!.ToJsonString());
        File.Delete(capped);
        File.Delete(uncapped);
    }

    [Theory]
    [InlineData("0", "0 is too small (1 to 2,147,483,647)")]
    [InlineData("lots", "'lots' is not a whole number")]
    public void WipCap_NeitherNoneNorACapOfOneOrMore_Exit2NamingTheOption(string value, string problem)
    {
        var file = CliRun.TempFile(ThreeLines);
        var run = CliRun.Of("portfolio", file, "--wip-cap", value, "--projects", "500", "--reps", "1");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("devsim: --wip-cap: ", StringComparison.Ordinal)
            && l.Contains(problem, StringComparison.Ordinal) && l.EndsWith("or none for no cap", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public void Trace_HasATypeColumn()
    {
        var file = CliRun.TempFile(ThreeLines);
        var trace = TestFiles.NewPath("devsim-trace-", ".csv");
        var run = CliRun.Of("portfolio", file, "--projects", "200", "--reps", "1", "--trace", trace);
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = File.ReadAllLines(trace);
        Assert.Equal("project,type,task,resource,amount,queued,start,end", lines[0]);
        Assert.Contains(lines, l => l.Split(',')[1] == "Balanced");
        File.Delete(trace);
        File.Delete(file);
    }

    [Fact]
    public void LoadFactor1e308_IsAnOverloadResult_ShownInExponentForm_NotThreeHundredDigits()
    {
        // Every type's interarrival time divided by 1e308 is about 1e-307 days: a run, overloaded, not an error.
        var file = CliRun.TempFile(ThreeLines);
        var run = CliRun.Of("portfolio", file, "--projects", "200", "--reps", "2", "--load-factor", "1e308");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("lines: 2 types, discipline priority, WIP cap 6, load factor 1e+308\n", run.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9]{20}", run.Output);
        File.Delete(file);
    }
}
