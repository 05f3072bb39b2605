using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Tests.Scenarios;

/// <summary>The <c>precedence</c> key of scenario files: read, and every problem named with its line.</summary>
public class PrecedenceReaderTests
{
    private const string Process = """
        name: planner
        tasks:
          - { id: 1, name: Requirements, duration: 3 }
          - { id: 2, name: Design, duration: 5 }
          - { id: 3, name: Certification tests, duration: 4 }
        rework:
          probability: [[0, 0.5, 0.2], [0, 0, 0.4], [0, 0, 0]]
          impact: [[0, 0.4, 0.3], [0, 0, 0.5], [0, 0, 0]]
        """;

    [Fact]
    public void Parse_Precedence_ReadsThePairs()
    {
        var scenario = ScenarioReader.Parse(Process + "\nprecedence: [[1, 3], [2, 3]]\nsequence: [2, 1, 3]\n", "p.yaml");
        Assert.Equal([new PrecedencePair(1, 3), new PrecedencePair(2, 3)], scenario.Precedence.Pairs);
        Assert.Equal([2, 1, 3], scenario.DefaultSequence);
    }

    [Fact]
    public void Parse_SequenceBreakingAPair_NamesThePairAndTheLine()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(Process + "\nprecedence: [[1, 3]]\nsequence: [3, 1, 2]\n", "p.yaml"));
        var line = Assert.Single(error.Lines);
        Assert.Contains("p.yaml", line, StringComparison.Ordinal);
        Assert.Contains("p.yaml:10", line, StringComparison.Ordinal); // the sequence's line
        Assert.Contains("breaks precedence [1, 3]", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Cycle_NamesItsTasks()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(Process + "\nprecedence: [[1, 2], [2, 3], [3, 1]]\n", "p.yaml"));
        Assert.Contains("cycle through tasks 1 -> 2 -> 3 -> 1", Assert.Single(error.Lines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("precedence: [[1, 2, 3]]", "precedence, pair 1")]
    [InlineData("precedence: [1, 2]", "precedence, pair 1")]
    [InlineData("precedence: { a: 1 }", "precedence")]
    [InlineData("precedence: [[1, x]]", "precedence, pair 1")]
    [InlineData("precedence: [[1, 2], [4, 1]]", "precedence, pair 2")]
    public void Parse_MalformedPrecedence_IsReportedWithItsKey(string yaml, string key)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(Process + "\n" + yaml + "\n", "p.yaml"));
        Assert.Contains(error.Problems, p => p.Key == key);
    }
}
