using DevSim.Engine.Experiments;
using DevSim.Engine.Input;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Staffing;

namespace DevSim.Engine.Tests.Input;

/// <summary>
/// Seeded random damage to valid files (a character deleted, doubled or replaced, a line dropped,
/// doubled or swapped) never escapes the readers as anything but their own input exception: the
/// runner turns that into exit 2, anything else would be exit 1.
/// </summary>
public class MutatedInputTests
{
    private const int Cases = 400;

    [Fact]
    public void ScenarioReader_MutatedScenario_ParsesOrReportsProblems()
    {
        using var stream = typeof(ScenarioReader).Assembly.GetManifestResourceStream("DevSim.Engine.Scenarios.optical-mouse.yaml")!;
        using var reader = new StreamReader(stream);
        Check(reader.ReadToEnd(), 11, t => ScenarioReader.Parse(t, "mutated.yaml"));
    }

    [Fact]
    public void ExperimentReader_MutatedExperiment_ParsesOrReportsProblems()
    {
        const string text = """
            name: mutated
            seed: 3
            scenarios: [optical-mouse]
            sequences: [scenario, { name: paper, ids: [5, 9, 3, 2, 7, 6, 4, 8, 1] }]
            policies: [static, dynamic]
            interarrival: { from: 14, to: 16, step: 1 }
            projects: 200
            warmup: 20
            replications: 2
            max-in-system: 500
            search: { replications: 100, max-generations: 2 }
            """;
        Check(text, 12, t => ExperimentReader.Parse(t, "mutated.yaml"));
    }

    [Fact]
    public void TeamReader_MutatedTeam_ParsesOrReportsProblems()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "teams", "chen-kim-2013.yaml"));
        Check(text, 13, t => TeamReader.Parse(t, "mutated.yaml"));
    }

    private static void Check(string valid, int seed, Action<string> parse)
    {
        var random = new Random(seed);
        const string alphabet = "0123456789.-:,[]{} \n#'\"abcxyz&*!|>";
        for (var i = 0; i < Cases; i++)
        {
            var lines = valid.Split('\n').ToList();
            var text = valid;
            var position = random.Next(text.Length);
            switch (random.Next(6))
            {
                case 0: text = text.Remove(position, 1); break;
                case 1: text = text.Insert(position, text[position].ToString()); break;
                case 2: text = text.Remove(position, 1).Insert(position, alphabet[random.Next(alphabet.Length)].ToString()); break;
                case 3: lines.RemoveAt(random.Next(lines.Count)); text = string.Join('\n', lines); break;
                case 4: var l = random.Next(lines.Count); lines.Insert(l, lines[l]); text = string.Join('\n', lines); break;
                default:
                    var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    text = string.Join('\n', lines);
                    break;
            }
            try
            {
                parse(text);
            }
            catch (InputFileException e)
            {
                Assert.NotEmpty(e.Problems);
                Assert.All(e.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
            }
            catch (Exception e)
            {
                Assert.Fail($"case {i} escaped as {e.GetType().Name}: {e.Message}\n---\n{text}");
            }
        }
    }
}
