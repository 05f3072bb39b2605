using DevSim.Engine.Scenarios;

namespace DevSim.Runner.Tests;

/// <summary>Help and messages that agree with the program: devsim help, the verb's own help, lists taken from the code.</summary>
public class HelpAndMessagesTests
{
    [Fact]
    public void Help_Verb_ShowsThatVerbsHelp()
    {
        var help = CliRun.Of("help", "sweep");
        Assert.Equal(0, help.ExitCode);
        Assert.Equal(CliRun.Of("sweep", "--help").Output, help.Output);
        Assert.Contains("sweep <experiment> [options]", help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Alone_ListsEveryCommand()
    {
        var help = CliRun.Of("help");
        Assert.Equal(0, help.ExitCode);
        foreach (var verb in new[] { "evaluate", "simulate", "optimize", "replay", "sweep", "merge", "staff" })
            Assert.Contains(verb, help.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void BadOption_PointsToTheVerbsOwnHelp()
    {
        var run = CliRun.Of("evaluate", "optical-mouse", "--no-such-option");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Try 'devsim evaluate --help'.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Try 'devsim --help'.", CliRun.Of("no-such-verb").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ScenarioArgumentHelp_ListsEveryBuiltInScenario()
    {
        var help = CliRun.Of("simulate", "--help").Output;
        Assert.Equal(5, ScenarioReader.BuiltIn.Count);
        foreach (var name in ScenarioReader.BuiltIn)
            Assert.Contains(name, help, StringComparison.Ordinal);
    }

    [Fact]
    public void ServeHelp_NamesEveryCommandTheWorkbenchRuns()
    {
        // The description once said "evaluate and simulate" after the workbench had learnt five more.
        var help = CliRun.Of("serve", "--help").Output.ReplaceLineEndings(" ");
        Assert.Equal(7, DevSim.Runner.Workbench.RunKinds.All.Count);
        foreach (var kind in DevSim.Runner.Workbench.RunKinds.All)
            Assert.Contains(kind.Name, help, StringComparison.Ordinal);
        Assert.Contains("portfolios", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_ClosingHint_MergesIntoTheSweepFolder()
    {
        var folder = TestFiles.NewFolder("devsim-hint-").FullName;
        // Wide enough that the line is not wrapped, however long the temporary folder's path.
        var run = CliRun.AtWidth(1000, "sweep", Repository.Path("experiments", "smoke.yaml"), "--out", folder);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"merge with: devsim merge {folder} --out {Path.Combine(folder, "results.csv")}", run.Output, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Simulate_CapBelowAStableSystem_SaysStoppedNotSaturated()
    {
        var run = CliRun.Of("simulate", "optical-mouse", "--interarrival", "16", "--projects", "100", "--reps", "2", "--max-in-system", "1");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("STOPPED: more projects were in the system at once than --max-in-system allows", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("offered load -", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("is saturated", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Staff_NamedPeople_TableAndStaffingYamlNameThemWithTheirIds()
    {
        var folder = TestFiles.NewFolder("devsim-names-").FullName;
        var team = Path.Combine(folder, "team.yaml");
        File.WriteAllText(team, """
            name: two
            skills: [ { id: a } ]
            tasks:
              - { id: T1, name: Case design, requires: [4] }
              - { id: T2, name: Cable, requires: [1] }
            people:
              - { id: P1, name: Ana Lima, abilities: [2] }
              - { id: P2, name: Bo Chen, abilities: [5] }
            """);
        var scenario = Path.Combine(folder, "scenario.yaml");
        File.WriteAllText(scenario, """
            name: s
            tasks:
              - { id: 1, name: Cable, duration: 2 }
              - { id: 2, name: Case design, duration: 5 }
            rework: { probability: [[0, 0], [0, 0]], impact: [[0, 0], [0, 0]] }

            """);
        var run = CliRun.Of("staff", team, "--scenario", scenario, "--out", Path.Combine(folder, "out"));
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("help (distance < 0)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Ana Lima (P1)", run.Output, StringComparison.Ordinal);
        var yaml = File.ReadAllText(Path.Combine(folder, "out", "staffing.yaml"));
        Assert.Contains("\"Cable\": \"Ana Lima (P1)\"", yaml, StringComparison.Ordinal);
        Assert.Contains("\"Case design\": \"Bo Chen (P2)\"", yaml, StringComparison.Ordinal);
        // The scenario still reads with the staffing appended.
        File.AppendAllText(scenario, yaml);
        Assert.Equal(0, CliRun.Of("evaluate", scenario, "--reps", "100").ExitCode);
        Directory.Delete(folder, recursive: true);
    }
}
