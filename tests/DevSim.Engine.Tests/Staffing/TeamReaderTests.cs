using DevSim.Engine.Scenarios;
using DevSim.Engine.Staffing;

namespace DevSim.Engine.Tests.Staffing;

/// <summary>Team files: what is read, and every kind of bad input named with its line and key.</summary>
public class TeamReaderTests
{
    private const string Valid = """
        name: t
        skills: [ { id: a, name: A }, { id: b } ]
        tasks:
          - { id: T1, name: First, requires: [1, 2] }
        people:
          - { id: P1, abilities: [3, 4] }
          - { id: P2, abilities: [5, 5] }
        """;

    private static List<string> Problems(string text)
    {
        var e = Assert.Throws<TeamFileException>(() => TeamReader.Parse(text, "team.yaml"));
        return [.. e.Lines];
    }

    [Fact]
    public void Parse_ReadsSkillsTasksAndPeopleInOrder()
    {
        var team = TeamReader.Parse(Valid, "team.yaml");
        Assert.Equal(["a", "b"], team.Skills.Select(s => s.Id));
        Assert.Equal([1, 2], team.Tasks.Single().Requirements);
        Assert.Equal([5, 5], team.People[1].Abilities);
        Assert.Null(team.Published);
    }

    [Theory]
    [InlineData("requires: [1, 2]", "requires: [1, 7]", "team.yaml:4: tasks, entry 1, requires, b: 7 is outside the scale 1 to 5")]
    [InlineData("requires: [1, 2]", "requires: [1]", "team.yaml:4: tasks, entry 1, requires: has 1 levels but the file lists 2 skills")]
    [InlineData("abilities: [3, 4]", "abilities: [3, x]", "team.yaml:6: people, entry 1, abilities, b: 'x' is not a whole number")]
    [InlineData("{ id: P2,", "{ id: P1,", "team.yaml:1: people: id 'P1' appears 2 times")]
    [InlineData("name: t", "name: t\ncolour: red", "team.yaml:2: colour: unknown key (expected one of name, skills, tasks, people, published)")]
    [InlineData("  - { id: T1, name: First, requires: [1, 2] }", "  - { id: T1, requires: [1, 2] }\n  - { id: T2, requires: [2, 2] }\n  - { id: T3, requires: [3, 2] }",
        "team.yaml:1: tasks: 3 tasks but 2 people: the method gives each task its own person")]
    public void Parse_BadInput_NamesLineKeyAndProblem(string from, string to, string expected)
    {
        var problems = Problems(Valid.Replace(from, to, StringComparison.Ordinal));
        Assert.Contains(expected, problems);
    }

    [Fact]
    public void Parse_MissingSections_EachNamed()
    {
        var problems = Problems("name: t\n");
        Assert.Contains(problems, p => p.Contains("skills: missing or empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("tasks: missing or empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("people: missing or empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_PublishedTablesOfTheWrongShape_AreNamed()
    {
        var problems = Problems(Valid + "\npublished:\n  fdm: [[1, 2, 3]]\n  leader: P9\n  ability-order: [P1]\n");
        Assert.Contains(problems, p => p.Contains("published.fdm: must be 1 rows (tasks) of 2 whole numbers (people)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("published.leader: 'P9' is not a person id", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("published.ability-order: must list every person id once", StringComparison.Ordinal));
    }

    [Fact]
    public void ScenarioStaffing_NamesTheAssigneeOfEachMatchingTask_AndScenariosReadIt()
    {
        var team = TeamReader.Parse("""
            name: t
            skills: [ { id: a } ]
            tasks:
              - { id: T1, name: Case design, requires: [4] }
              - { id: T2, name: Cable, requires: [1] }
            people:
              - { id: P1, abilities: [2] }
              - { id: P2, abilities: [5] }
            """);
        var scenarioText = """
            name: s
            tasks:
              - { id: 1, name: Cable, duration: 2 }
              - { id: 2, name: case design, duration: 5 }
              - { id: 3, name: Test, duration: 1 }
            rework: { probability: [[0,0,0],[0,0,0],[0,0,0]], impact: [[0,0,0],[0,0,0],[0,0,0]] }
            """;
        var staffing = ScenarioStaffing.For(ScenarioReader.Parse(scenarioText), FdmMethod.Compute(team));
        Assert.Equal([new("Cable", "P1"), new KeyValuePair<string, string>("case design", "P2")], staffing.Resources);
        Assert.Equal(["Test"], staffing.Unmatched);

        var staffed = ScenarioReader.Parse(scenarioText + "\nstaffing: { Cable: P1, case design: P2 }\n");
        Assert.Equal(["P1", "P2", null], staffed.Resources.Select(r => r.Person));
        var wrong = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(scenarioText + "\nstaffing: { Lathe: P1 }\n", "s.yaml"));
        Assert.StartsWith("s.yaml:7: staffing, Lathe: is not a resource of this scenario", wrong.Lines.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MisspeltEntryKey_NamesTheNearestKey()
    {
        var problems = Problems(Valid.Replace("abilities: [3, 4]", "abilites: [3, 4]", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("people, entry 1, abilites: unknown key; did you mean 'abilities'?", StringComparison.Ordinal));
    }
}
