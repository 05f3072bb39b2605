using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Tests.Scenarios;

/// <summary>Reading scenario files, and every validation error the issue lists, each with its message.</summary>
public class ScenarioReaderTests
{
    private const string Valid = """
        name: three
        durations: { distribution: triangular, spread: 0.2 }
        tasks:
          - { id: 1, name: A, duration: 2 }
          - { id: 2, name: B, duration: 3 }
          - { id: 3, name: C, duration: 4 }
        rework:
          probability:
            - [0, 0.5, 0]
            - [0.2, 0, 0]
            - [0, 0, 0]
          impact:
            - [0, 0.4, 0]
            - [0.3, 0, 0]
            - [0, 0, 0]
        sequence: [3, 1, 2]
        """;

    private static ScenarioException Fails(string yaml) => Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(yaml, "bad.yaml"));

    private static string Only(string yaml)
    {
        var e = Fails(yaml);
        Assert.Single(e.Problems);
        return e.Lines.Single();
    }

    [Fact]
    public void Parse_ValidYaml_ReadsEveryKey()
    {
        var s = ScenarioReader.Parse(Valid, "ok.yaml");
        Assert.Equal("three", s.Name);
        Assert.Equal(DurationModel.Paper, s.Durations);
        Assert.Equal(["A", "B", "C"], s.Tasks.Select(t => t.Name));
        Assert.Equal([2.0, 3, 4], s.Tasks.Select(t => t.Duration));
        Assert.Equal(0.5, s.ReworkProbability(1, 2));
        Assert.Equal(0.3, s.ReworkImpact(2, 1));
        Assert.Equal([3, 1, 2], s.DefaultSequence);
        Assert.Equal(3, s.Resources.Count); // one resource of capacity 1 per task by default
        Assert.All(s.Resources, r => Assert.Equal(1, r.Capacity));
    }

    [Fact]
    public void Parse_Json_ReadsTheSameScenario()
    {
        const string json = """
            { "name": "three", "durations": { "distribution": "triangular", "spread": 0.2 },
              "tasks": [ { "id": 1, "name": "A", "duration": 2 }, { "id": 2, "name": "B", "duration": 3 },
                         { "id": 3, "name": "C", "duration": 4 } ],
              "rework": { "probability": [[0, 0.5, 0], [0.2, 0, 0], [0, 0, 0]],
                          "impact": [[0, 0.4, 0], [0.3, 0, 0], [0, 0, 0]] },
              "sequence": [3, 1, 2] }
            """;
        var s = ScenarioReader.Parse(json, "ok.json");
        Assert.Equal(0.5, s.ReworkProbability(1, 2));
        Assert.Equal([3, 1, 2], s.DefaultSequence);
    }

    [Fact]
    public void Parse_SharedResources_MapsTasksAndCapacities()
    {
        var yaml = Valid.Replace("tasks:", "resources:\n  - { name: lab, capacity: 2 }\ntasks:", StringComparison.Ordinal)
            .Replace("duration: 2 }", "duration: 2, resource: lab }", StringComparison.Ordinal)
            .Replace("duration: 3 }", "duration: 3, resource: lab }", StringComparison.Ordinal);
        var s = ScenarioReader.Parse(yaml);
        Assert.Equal(2, s.Resources.Count);
        Assert.Equal(new ResourceDefinition("lab", 2), s.Resources[0]);
        Assert.Equal(0, s.Tasks[0].Resource);
        Assert.Equal(0, s.Tasks[1].Resource);
        Assert.Equal("C", s.Resources[s.Tasks[2].Resource].Name);
    }

    [Fact]
    public void LoadBuiltIn_BothPaperScenarios_MatchTable1()
    {
        var mouse = ScenarioReader.LoadBuiltIn("optical-mouse");
        Assert.Equal([2.0, 10, 8, 8, 3, 9, 7, 2, 7], mouse.Tasks.Select(t => t.Duration));
        Assert.Equal([5, 9, 3, 2, 7, 6, 4, 8, 1], mouse.DefaultSequence);
        Assert.Equal(1, mouse.ReworkProbability(1, 2)); // docs/model.md#decision-rows-1-and-2
        var balanced = ScenarioReader.LoadBuiltIn("optical-mouse-balanced");
        Assert.All(balanced.Tasks, t => Assert.Equal(6, t.Duration));
    }

    [Theory]
    [InlineData("optical-mouse", "optical-mouse-rows-alt")]
    [InlineData("optical-mouse-balanced", "optical-mouse-balanced-rows-alt")]
    public void LoadBuiltIn_RowsAlt_MovesRowOnesMicroprocessorCellToTheClickMechanismAndNothingElse(string main, string alternative)
    {
        // docs/model.md#reading-f-the-other-alignment-of-rows-1-and-2: both alignments give row 2 the same
        // columns, so of rows 1 and 2 only row 1 differs, by one cell moving from column 6 to column 7.
        var standard = ScenarioReader.LoadBuiltIn(main);
        var alt = ScenarioReader.LoadBuiltIn(alternative);
        Assert.Equal(standard.Tasks.Select(t => (t.Id, t.Name, t.Duration)), alt.Tasks.Select(t => (t.Id, t.Name, t.Duration)));
        Assert.Equal(standard.DefaultSequence, alt.DefaultSequence);
        var differing = new List<(int Row, int Column)>();
        foreach (var i in Enumerable.Range(1, 9))
        {
            foreach (var j in Enumerable.Range(1, 9))
            {
                if (standard.ReworkProbability(i, j) != alt.ReworkProbability(i, j) || standard.ReworkImpact(i, j) != alt.ReworkImpact(i, j))
                    differing.Add((i, j));
            }
        }
        Assert.Equal([(1, 6), (1, 7)], differing);
        Assert.Equal((1.0, 0.5), (standard.ReworkProbability(1, 6), standard.ReworkImpact(1, 6)));
        Assert.Equal((0.0, 0.0), (standard.ReworkProbability(1, 7), standard.ReworkImpact(1, 7)));
        Assert.Equal((0.0, 0.0), (alt.ReworkProbability(1, 6), alt.ReworkImpact(1, 6)));
        Assert.Equal((1.0, 0.5), (alt.ReworkProbability(1, 7), alt.ReworkImpact(1, 7)));
        Assert.Contains(alternative, ScenarioReader.BuiltIn);
    }

    [Fact]
    public void LoadBuiltIn_StronglyCoupled_CouplesEveryPairBothWays()
    {
        // The file's promise: no order escapes feedback, every task can rework every other.
        var coupled = ScenarioReader.LoadBuiltIn("strongly-coupled");
        Assert.Contains("strongly-coupled", ScenarioReader.BuiltIn);
        var ids = coupled.Tasks.Select(t => t.Id).ToList();
        Assert.Equal(8, ids.Count);
        foreach (var i in ids)
        {
            foreach (var j in ids.Where(j => j != i))
            {
                Assert.InRange(coupled.ReworkProbability(i, j), 0.2, 0.7);
                Assert.InRange(coupled.ReworkImpact(i, j), 0.2, 0.5);
            }
        }
    }

    [Fact]
    public void Parse_MalformedYaml_NamesTheLine()
    {
        var line = Only("name: x\ntasks: [ { id: 1\nrework: {\n");
        Assert.StartsWith("bad.yaml:", line, StringComparison.Ordinal);
        Assert.Contains("malformed YAML/JSON", line, StringComparison.Ordinal);
        Assert.Matches(@"^bad\.yaml:\d+: ", line);
    }

    [Fact]
    public void Parse_MissingKeys_EachNamed()
    {
        var e = Fails("durations: { spread: 0.2 }\n");
        var lines = e.Lines.ToList();
        Assert.Contains(lines, l => l.EndsWith("name: missing", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("tasks: missing or empty", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("rework.probability: missing", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("rework.impact: missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MatrixNotSquare_NamesRowAndSizes()
    {
        var line = Only(Valid.Replace("    - [0.2, 0, 0]\n    - [0, 0, 0]\n  impact", "    - [0.2, 0]\n    - [0, 0, 0]\n  impact", StringComparison.Ordinal));
        Assert.Equal("bad.yaml:10: rework.probability, row 2: has 2 columns, expected 3 (one per task)", line);
    }

    [Fact]
    public void Parse_MatrixWithTooFewRows_SaysHowMany()
    {
        var line = Only(Valid.Replace("    - [0, 0, 0]\nsequence", "sequence", StringComparison.Ordinal));
        Assert.Contains("rework.impact: has 2 rows, expected 3", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ProbabilityOutsideUnitInterval_NamesTheCell()
    {
        var line = Only(Valid.Replace("[0, 0.5, 0]", "[0, 1.5, 0]", StringComparison.Ordinal));
        Assert.Equal("bad.yaml:9: rework.probability, row 1, column 2: 1.5 is not a probability: must be within [0, 1]", line);
    }

    [Fact]
    public void Parse_NegativeImpact_NamesTheCell()
    {
        var line = Only(Valid.Replace("[0.3, 0, 0]", "[-0.3, 0, 0]", StringComparison.Ordinal));
        Assert.Equal("bad.yaml:14: rework.impact, row 2, column 1: -0.3 is negative: a rework impact is a fraction of the task's work, 0 or more", line);
    }

    [Theory]
    [InlineData(".nan", "NaN")]
    [InlineData(".inf", "Infinity")]
    public void Parse_NaNOrInfinity_IsNotAFiniteNumber(string yamlValue, string shown)
    {
        var line = Only(Valid.Replace("[0, 0.4, 0]", $"[0, {yamlValue}, 0]", StringComparison.Ordinal));
        Assert.Equal($"bad.yaml:13: rework.impact, row 1, column 2: {shown} is not a finite number", line);
    }

    [Theory]
    [InlineData("0", "0 must be positive")]
    [InlineData("-3", "-3 must be positive")]
    [InlineData("soon", "'soon' is not a number")]
    public void Parse_BadDuration_NamesTheTaskEntry(string value, string message)
    {
        var line = Only(Valid.Replace("duration: 3 }", $"duration: {value} }}", StringComparison.Ordinal));
        Assert.Equal($"bad.yaml:5: tasks, entry 2, duration: {message}", line);
    }

    [Fact]
    public void Parse_DuplicateTaskId_NamesTheEntryAndTheMissingId()
    {
        var e = Fails(Valid.Replace("{ id: 3,", "{ id: 2,", StringComparison.Ordinal));
        var lines = e.Lines.ToList();
        Assert.Contains("bad.yaml:6: tasks, entry 3, id: 2 is used by another task", lines);
        Assert.Contains(lines, l => l.EndsWith("tasks: no task has id 3: ids must be 1..3", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_MissingTaskId_NamesTheEntry()
    {
        var lines = Fails(Valid.Replace("{ id: 2, ", "{ ", StringComparison.Ordinal)).Lines;
        Assert.Contains("bad.yaml:5: tasks, entry 2, id: missing", lines);
    }

    [Fact]
    public void Parse_SequenceNotAPermutation_SaysWhatIsWrong()
    {
        var line = Only(Valid.Replace("sequence: [3, 1, 2]", "sequence: [3, 1, 1, 4]", StringComparison.Ordinal));
        Assert.Equal("bad.yaml:16: sequence: [3, 1, 1, 4] is not a permutation of the 3 task ids; task 1 appears more than once; " +
                     "task id 4 does not exist (ids are 1..3); task 2 missing", line);
    }

    [Theory]
    [InlineData("-0.1")]
    [InlineData("1")]
    [InlineData("1.5")]
    public void Parse_SpreadOutsideZeroToOne_IsRejected(string spread)
    {
        var line = Only(Valid.Replace("spread: 0.2", $"spread: {spread}", StringComparison.Ordinal));
        Assert.Equal($"bad.yaml:2: durations.spread: {spread} is outside [0, 1): durations must stay positive", line);
    }

    [Fact]
    public void Parse_UnknownDistribution_ListsTheChoices()
    {
        var line = Only(Valid.Replace("distribution: triangular", "distribution: gamma", StringComparison.Ordinal));
        Assert.Equal("bad.yaml:2: durations.distribution: 'gamma' is not one of triangular, uniform, fixed", line);
    }

    [Fact]
    public void Parse_UnknownResource_IsNamed()
    {
        var line = Only(Valid.Replace("duration: 2 }", "duration: 2, resource: lab }", StringComparison.Ordinal));
        Assert.Equal("bad.yaml:4: tasks, entry 1, resource: 'lab' is not a resource listed under resources, which lists none: " +
            "add it there with its capacity, or leave the task's resource out for one of its own", line);
    }

    [Theory]
    [InlineData("Quality tem", "; did you mean 'Quality team'?")]
    [InlineData("QA team", " (they are 'Systems team', 'Quality team')")]
    public void Parse_UnknownResourceWithOthersListed_SaysTheNearestOrListsThem(string typed, string ending)
    {
        var line = Only(Valid
            .Replace("tasks:", "resources:\n  - { name: Systems team, capacity: 1 }\n  - { name: Quality team, capacity: 1 }\ntasks:", StringComparison.Ordinal)
            .Replace("duration: 2 }", $"duration: 2, resource: {typed} }}", StringComparison.Ordinal));
        Assert.Equal($"bad.yaml:7: tasks, entry 1, resource: '{typed}' is not a resource listed under resources{ending}", line);
    }

    [Fact]
    public void Parse_SeveralProblems_AllReportedInLineOrder()
    {
        var yaml = Valid.Replace("spread: 0.2", "spread: 2", StringComparison.Ordinal)
            .Replace("duration: 4 }", "duration: -4 }", StringComparison.Ordinal)
            .Replace("[0, 0.5, 0]", "[0, 7, 0]", StringComparison.Ordinal);
        var e = Fails(yaml);
        Assert.Equal(3, e.Problems.Count);
        Assert.Equal([2, 6, 9], e.Problems.Select(p => p.Line!.Value));
    }

    [Fact]
    public void Create_InCode_ReportsProblemsWithoutLines()
    {
        var d = TestScenarios.Definition([1, -1]);
        Assert.False(Scenario.IsValid(d, out var problems));
        var p = Assert.Single(problems);
        Assert.Equal("tasks, entry 2, duration", p.Key);
        Assert.Null(p.Line);
    }

    [Theory]
    [InlineData("sequence: [3, 1, 2]", "sequnce: [3, 1, 2]", "bad.yaml:16: sequnce: unknown key; did you mean 'sequence'?")]
    [InlineData("{ id: 2, name: B, duration: 3 }", "{ id: 2, name: B, duration: 3, resorce: X }", "bad.yaml:5: tasks, entry 2, resorce: unknown key; did you mean 'resource'?")]
    [InlineData("spread: 0.2 }", "spred: 0.2 }", "bad.yaml:2: durations.spred: unknown key; did you mean 'spread'?")]
    [InlineData("name: three", "name: three\ncolour: red", "bad.yaml:2: colour: unknown key (expected one of name, durations")]
    public void Parse_UnknownKey_IsAnError_WithTheNearestKey(string correct, string wrong, string expected)
    {
        var e = Fails(Valid.Replace(correct, wrong, StringComparison.Ordinal));
        Assert.Contains(e.Lines, l => l.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SecondDocument_IsAnError()
    {
        var line = Only(Valid + "\n---\nname: other\n");
        Assert.Equal("bad.yaml:18: the file holds 2 YAML documents (a second starts here, after '---'); it must hold one", line);
    }

    [Fact]
    public void Parse_NoTasks_SaysOnlyThat()
    {
        var line = Only("name: x\nrework:\n  probability: [[0]]\n  impact: [[0]]\n");
        Assert.Equal("bad.yaml: tasks: missing or empty: a process needs at least one task", line);
    }
}
