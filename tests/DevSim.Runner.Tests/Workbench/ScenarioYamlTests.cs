using System.Text.Json;
using DevSim.Engine.Scenarios;
using DevSim.Runner.Workbench;

namespace DevSim.Runner.Tests.Workbench;

/// <summary>The workbench's YAML is read back by the engine's reader (and so by the command line) as the scenario it was written from.</summary>
public class ScenarioYamlTests
{
    public static TheoryData<string> ScenarioFiles() => [.. Directory.GetFiles(Repository.Path("experiments", "scenarios"), "*.yaml").Select(f => Path.GetFileName(f)!).Order()];

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void Every_scenario_file_round_trips_through_the_reader(string file)
    {
        var text = File.ReadAllText(Repository.Path("experiments", "scenarios", file));
        var draft = ScenarioDraft.From(ScenarioReader.ParseDefinition(text, file), file);
        var yaml = ScenarioYaml.Write(draft);

        var again = ScenarioDraft.From(ScenarioReader.ParseDefinition(yaml, file), file);
        Assert.Equal(JsonSerializer.Serialize(draft), JsonSerializer.Serialize(again));
        AssertSameScenario(ScenarioReader.Parse(text, file), ScenarioReader.Parse(yaml, file));
    }

    [Fact]
    public void Names_with_quotes_colons_hashes_and_accents_survive()
    {
        var draft = ScenarioDraft.Blank() with
        {
            Name = "a \"quoted\": name # not a comment",
            Resources = [new ScenarioDraft.ResourceRow("Gehäuse: Team 'A'", "2")],
            Tasks = [new ScenarioDraft.TaskRow("1", "Deckel \\ oben: [v2]", "3.5", "Gehäuse: Team 'A'"), new ScenarioDraft.TaskRow("2", "- dash", "1e-1", "")],
            Probability = [["0", "0.25"], ["1", "0"]],
            Impact = [["0", "0.5"], ["0.125", "0"]],
            Precedence = [["2", "1"]],
        };
        var scenario = ScenarioReader.Parse(ScenarioYaml.Write(draft));
        Assert.Equal(draft.Name, scenario.Name);
        Assert.Equal("Deckel \\ oben: [v2]", scenario.Tasks[0].Name);
        Assert.Equal("- dash", scenario.Tasks[1].Name);
        Assert.Equal(0.1, scenario.Tasks[1].Duration);
        Assert.Equal(("Gehäuse: Team 'A'", 2), (scenario.Resources[0].Name, scenario.Resources[0].Capacity));
        Assert.Equal(0.25, scenario.ReworkProbability(1, 2));
        Assert.Equal([2, 1], scenario.DefaultSequence);
    }

    [Fact]
    public void A_value_that_is_no_number_is_quoted_and_named_at_its_cell_by_the_reader()
    {
        var draft = ScenarioDraft.Blank() with { Probability = [["0: x"]], Spread = "abc" };
        var yaml = ScenarioYaml.Write(draft);
        var e = Assert.Throws<ScenarioException>(() => ScenarioReader.Parse(yaml, "x.yaml"));
        Assert.Contains(e.Problems, p => p.Key == "rework.probability, row 1, column 1" && p.Message == "'0: x' is not a number");
        Assert.Contains(e.Problems, p => p.Key == "durations.spread" && p.Message == "'abc' is not a number");
    }

    [Fact]
    public void The_command_line_reads_the_written_file_as_the_original()
    {
        var original = Repository.Path("experiments", "scenarios", "optical-mouse.yaml");
        var draft = ScenarioDraft.From(ScenarioReader.ParseDefinition(File.ReadAllText(original)), "optical-mouse.yaml");
        var written = CliRun.TempFile(ScenarioYaml.Write(draft));
        try
        {
            static double Mean(string path)
            {
                var run = CliRun.Of("evaluate", path, "--reps", "3000", "--seed", "5", "--format", "json");
                Assert.Equal(0, run.ExitCode);
                return JsonDocument.Parse(run.Output).RootElement.GetProperty("mean").GetDouble();
            }
            Assert.Equal(Mean(original), Mean(written));
        }
        finally
        {
            File.Delete(written);
        }
    }

    internal static void AssertSameScenario(Scenario expected, Scenario actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Durations, actual.Durations);
        Assert.Equal(expected.Tasks, actual.Tasks);
        Assert.Equal(expected.Resources, actual.Resources);
        Assert.Equal(expected.DefaultSequence, actual.DefaultSequence);
        Assert.Equal(expected.Readings, actual.Readings);
        Assert.Equal(expected.Precedence.Pairs, actual.Precedence.Pairs);
        for (var i = 1; i <= expected.TaskCount; i++)
        {
            for (var j = 1; j <= expected.TaskCount; j++)
            {
                Assert.Equal(expected.ReworkProbability(i, j), actual.ReworkProbability(i, j));
                Assert.Equal(expected.ReworkImpact(i, j), actual.ReworkImpact(i, j));
            }
        }
    }
}
