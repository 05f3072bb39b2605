using System.Text.RegularExpressions;

namespace DevSim.Runner.Tests;

/// <summary>
/// Random seeded mutations of valid scenario and experiment files (a line deleted or duplicated, two
/// characters swapped, a number replaced by a random token, the text cut short) run through the real
/// commands (300 scenarios through evaluate, 120 experiments through sweep): every run ends in exit 0
/// (with no NaN or infinity in what it prints) or exit 2 with a devsim line, never exit 1, a stack
/// trace or a hang (issue 16); and 100 results files and their utilisation CSVs through plot (issue 25). Each
/// seed is one theory case; a failure prints the mutated file.
/// </summary>
public sealed partial class FileMutationTests
{
    private const int ScenarioMutationsPerSeed = 30;
    private const int ExperimentMutationsPerSeed = 12;
    private const int ResultsMutationsPerSeed = 10;

    /// <summary>Tokens a number is replaced by: wrong types, signs, overflows, non-numbers, and plain small values.</summary>
    private static readonly string[] Tokens =
        ["abc", "-1", "0", "-0", "0.5", "3", "7", "1e308", "1e-300", "NaN", ".inf", "99999999999", "[1, 2]", "{ a: 1 }", "~", "''", "1,5", "ø"];

    private static readonly string[] Scenarios =
        [.. Directory.GetFiles(Repository.Path("experiments", "scenarios"), "*.yaml").Order(StringComparer.Ordinal)];

    /// <summary>A small experiment: 16 cells of 50 projects, so that a mutation that keeps it valid still runs in moments.</summary>
    private const string Experiment = """
        name: mutant
        seed: 1
        scenarios: [optical-mouse, optical-mouse-balanced]
        sequences: [scenario]
        policies: [static, dynamic]
        interarrival: [16, 20]
        projects: 50
        warmup: 5
        replications: 2
        max-in-system: 500
        """;

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 10)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Evaluate_MutatedScenario_ExitsZeroOrTwo(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < ScenarioMutationsPerSeed; i++)
        {
            var source = Scenarios[random.Next(Scenarios.Length)];
            var (mutation, text) = Mutate(File.ReadAllText(source), random);
            var path = CliRun.TempFile(text);
            try
            {
                await ExpectZeroOrTwo($"seed {seed}, case {i}: {mutation} of {Path.GetFileName(source)}", text, "evaluate", path, "--reps", "2");
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Sweep_MutatedExperiment_ExitsZeroOrTwo(int seed)
    {
        var random = new Random(1000 + seed);
        for (var i = 0; i < ExperimentMutationsPerSeed; i++)
        {
            var (mutation, text) = Mutate(Experiment, random);
            var dir = TestFiles.NewFolder("devsim-mutant-").FullName;
            try
            {
                var path = Path.Combine(dir, "experiment.yaml");
                File.WriteAllText(path, text);
                await ExpectZeroOrTwo($"seed {seed}, case {i}: {mutation}", text, "sweep", path, "--out", Path.Combine(dir, "run"));
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    /// <summary>A real merge's results.json and utilisation CSV, made once (the smoke experiment: 6 grid points, 9 resources).</summary>
    private static readonly Lazy<(string Json, string Csv)> Merged = new(() =>
    {
        var folder = TestFiles.NewFolder("devsim-mutant-merge-").FullName;
        try
        {
            var sweep = CliRun.Of("sweep", Repository.Path("experiments", "smoke.yaml"), "--out", folder);
            Assert.True(sweep.ExitCode == 0, sweep.Error);
            var merge = CliRun.Of("merge", folder, "--out", Path.Combine(folder, "results.csv"), "--figures", "svg");
            Assert.True(merge.ExitCode == 0, merge.Error);
            return (File.ReadAllText(Path.Combine(folder, "results.json")), File.ReadAllText(Path.Combine(folder, "results-utilisation.csv")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });

    /// <summary>
    /// Mutations of a merge's results.json and of the utilisation CSV beside it, alternately, redrawn by
    /// <c>devsim plot</c> (issue 25): exit 0 or 2 with a devsim line, never exit 1, a stack trace or a hang.
    /// </summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Plot_MutatedResults_ExitsZeroOrTwo(int seed)
    {
        var random = new Random(2000 + seed);
        var (json, csv) = Merged.Value;
        for (var i = 0; i < ResultsMutationsPerSeed; i++)
        {
            var mutateCsv = i % 2 == 1;
            var (mutation, text) = Mutate(mutateCsv ? csv : json, random);
            var dir = TestFiles.NewFolder("devsim-mutant-").FullName;
            try
            {
                var path = Path.Combine(dir, "results.json");
                File.WriteAllText(path, mutateCsv ? json : text);
                File.WriteAllText(Path.Combine(dir, "results-utilisation.csv"), mutateCsv ? text : csv);
                await ExpectZeroOrTwo($"seed {seed}, case {i}: {mutation} of the {(mutateCsv ? "utilisation CSV" : "results.json")}", text,
                    "plot", path, "--out", Path.Combine(dir, "figures"), "--figures", "svg");
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public void Mutate_SameSeed_SameMutationsThatChangeTheFile()
    {
        var text = File.ReadAllText(Scenarios[0]);
        string[] Mutants(int seed)
        {
            var random = new Random(seed);
            return [.. Enumerable.Range(0, 50).Select(_ => Mutate(text, random).Text)];
        }
        Assert.Equal(Mutants(7), Mutants(7));
        Assert.True(Mutants(7).Count(m => m != text) >= 45, "most mutations change the file");
    }

    private static async Task ExpectZeroOrTwo(string name, string text, params string[] args)
    {
        var run = await BoundedRun.Of(name, args);
        var why = $"{name}: exit {run.ExitCode}\n{run.Error}\n--- the mutated file:\n{text}";
        Assert.True(run.ExitCode is 0 or 2, why);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        if (run.ExitCode == 2)
            Assert.True(run.Error.StartsWith("devsim: ", StringComparison.Ordinal), why);
        else
            Assert.False(run.Output.Contains("NaN", StringComparison.Ordinal) || run.Output.Contains('∞'), $"{why}\n--- a result that lost its meaning:\n{run.Output}");
    }

    /// <summary>One random mutation of <paramref name="text"/> and its description.</summary>
    private static (string Mutation, string Text) Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        switch (random.Next(5))
        {
            case 0:
                {
                    var at = random.Next(lines.Count);
                    lines.RemoveAt(at);
                    return ($"line {at + 1} deleted", string.Join('\n', lines));
                }
            case 1:
                {
                    var at = random.Next(lines.Count);
                    lines.Insert(at, lines[at]);
                    return ($"line {at + 1} duplicated", string.Join('\n', lines));
                }
            case 2:
                {
                    var at = random.Next(text.Length - 1);
                    var chars = text.ToCharArray();
                    (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                    return ($"characters {at} and {at + 1} swapped", new string(chars));
                }
            case 3:
                {
                    var numbers = Number().Matches(text);
                    var match = numbers[random.Next(numbers.Count)];
                    var token = Tokens[random.Next(Tokens.Length)];
                    return ($"'{match.Value}' at {match.Index} replaced by '{token}'", text[..match.Index] + token + text[(match.Index + match.Length)..]);
                }
            default:
                {
                    var at = random.Next(text.Length);
                    return ($"cut at {at}", text[..at]);
                }
        }
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Number();
}
