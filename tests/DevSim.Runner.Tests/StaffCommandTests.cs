using System.Text.Json;
using System.Xml.Linq;

namespace DevSim.Runner.Tests;

/// <summary><c>devsim staff</c> as a new user runs it: the paper's team file, the JSON contract, files, errors and the scenario link.</summary>
public class StaffCommandTests
{
    private static readonly string PaperTeam = Repository.Path("experiments", "teams", "chen-kim-2013.yaml");

    private static string TempFolder() => TestFiles.NewPath("devsim-staff-");

    [Theory]
    [InlineData("chen-kim-2013", "chen-kim-2013")]
    [InlineData("../../escaped", "------escaped")]
    [InlineData("a/b", "a-b")]
    [InlineData("..", "--")]
    public void DefaultFolder_TeamNameWithPathCharacters_StaysUnderResultsStaffing(string name, string folder) =>
        Assert.Equal(Path.Combine("results", "staffing", folder), Commands.StaffCommand.DefaultFolder(name));

    [Fact]
    public void Staff_PaperTeam_PrintsTheTablesAssignmentConflictAndDifferences_AndDrawsTheModel()
    {
        var folder = TempFolder();
        var run = CliRun.Of("staff", PaperTeam, "--out", folder);
        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var expected in new[] { "V2 < V3 < V1 < V5 < V4 < V7 < V6", "leader V6", "13 edges of 21", "normal range 7-13", "normal",
                     "R1/V7", "7-14", "7-15", "6 (ceiling)" })
            Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        var svg = XDocument.Load(Path.Combine(folder, "relationship-model.svg"));
        var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.All(Enumerable.Range(1, 7), v => Assert.Single(texts, $"V{v}")); // one node per person, named once
        Assert.True(File.Exists(Path.Combine(folder, "relationship-model.png")));
        Assert.True(File.Exists(Path.Combine(folder, "staffing.json")));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Staff_Json_KeepsTheIssuesKeys()
    {
        var folder = TempFolder();
        var run = CliRun.Of("staff", PaperTeam, "--format", "json", "--out", folder);
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        foreach (var key in new[] { "fdm", "ranks", "averageRank", "abilityOrder", "difficulty", "distance", "assignment", "leader", "edges", "conflictLevel" })
            Assert.True(root.TryGetProperty(key, out _), key);
        Assert.Equal(82, root.GetProperty("fdm")[0][6].GetInt32());
        Assert.Equal("V2", root.GetProperty("abilityOrder")[0].GetString());
        var first = root.GetProperty("assignment")[0];
        Assert.Equal(["task", "person", "distance", "needsHelp"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("V6", root.GetProperty("leader").GetString());
        Assert.Equal(13, root.GetProperty("edges").GetArrayLength());
        Assert.Equal(2, root.GetProperty("edges")[0].GetArrayLength());
        Assert.Equal("normal", root.GetProperty("conflictLevel").GetString());
        // The same JSON is written to the folder.
        Assert.Equal(run.Output.Trim(), File.ReadAllText(Path.Combine(folder, "staffing.json")).Trim());
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Staff_BadTeamFile_ExitsWith2_NamingFileLineAndKey_WritingNothing()
    {
        var folder = TempFolder();
        var bad = CliRun.TempFile("name: t\nskills: [ { id: a } ]\ntasks:\n  - { id: T1, requires: [9] }\npeople:\n  - { id: P1, abilities: [1] }\n");
        var run = CliRun.Of("staff", bad, "--out", folder);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"devsim: {bad}:4: tasks, entry 1, requires, a: 9 is outside the scale 1 to 5", run.ErrorLines.Single());
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Staff_WithAScenarioNoTaskOfWhichMatches_ExitsWith2_WritingNothing()
    {
        var folder = TempFolder();
        var run = CliRun.Of("staff", PaperTeam, "--scenario", "optical-mouse", "--out", folder);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("devsim: optical-mouse: no task name matches a task of", run.ErrorLines.Single(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Staff_WithScenario_WritesAStaffingBlockThatTheScenarioAccepts_AndSimulateShowsThePeople()
    {
        var folder = TempFolder();
        var scenario = CliRun.TempFile("""
            name: office
            tasks:
              - { id: 1, name: Office work, duration: 3 }
              - { id: 2, name: Leader decisions, duration: 2 }
            rework: { probability: [[0, 0.2], [0, 0]], impact: [[0, 0.5], [0, 0]] }

            """);
        var run = CliRun.Of("staff", PaperTeam, "--scenario", scenario, "--out", folder);
        Assert.True(run.ExitCode == 0, run.Error);
        File.AppendAllText(scenario, File.ReadAllText(Path.Combine(folder, "staffing.yaml")));
        var timeline = Path.Combine(folder, "timeline.svg");
        var simulate = CliRun.Of("simulate", scenario, "--interarrival", "20", "--projects", "200", "--reps", "2", "--format", "json", "--timeline", timeline);
        Assert.True(simulate.ExitCode == 0, simulate.Error);
        using var json = JsonDocument.Parse(simulate.Output);
        // The computed assignment: R7 (office work) to V5, R1 (leader decisions) to V6.
        Assert.Equal(["V5", "V6"], json.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("person").GetString()));
        // The calendar names each lane's person.
        var lanes = XDocument.Load(timeline).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.Contains("1 Office work (V5)", lanes);
        Assert.Contains("2 Leader decisions (V6)", lanes);
        Directory.Delete(folder, recursive: true);
    }
}
