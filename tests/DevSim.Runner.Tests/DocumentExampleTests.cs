using System.CommandLine;
using System.Text.RegularExpressions;
using DevSim.Runner.Cli;
using Spectre.Console;

namespace DevSim.Runner.Tests;

/// <summary>
/// What a new user copies from README.md and docs/: every devsim command line names a command and options devsim
/// has (a full line in a code block parses without error), every scenario and portfolio file shown runs as written,
/// and the misspelt-key message the documents quote is the one devsim prints.
/// </summary>
public partial class DocumentExampleTests
{
    private static readonly string[] Documents = ["README.md", "docs/cli.md", "docs/workbench.md", "docs/model.md", "docs/architecture.md"];

    /// <summary>A fenced code block: its document, the line of its opening fence, its language and its text.</summary>
    public sealed record Block(string Document, int Line, string Language, string Text);

    /// <summary>Every fenced code block of the documents.</summary>
    internal static IEnumerable<Block> Blocks()
    {
        foreach (var document in Documents)
        {
            var lines = File.ReadAllLines(Repository.Path(document.Split('/')));
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].StartsWith("```", StringComparison.Ordinal))
                    continue;
                var end = Array.FindIndex(lines, i + 1, l => l.StartsWith("```", StringComparison.Ordinal));
                yield return new Block(document, i + 1, lines[i][3..].Trim(), string.Join('\n', lines[(i + 1)..end]) + "\n");
                i = end;
            }
        }
    }

    /// <summary>Every <c>devsim ...</c> line of a code block (its comment cut), with where it is.</summary>
    public static TheoryData<string, string> CommandLines()
    {
        var data = new TheoryData<string, string>();
        var seen = new HashSet<(string, string)>();
        foreach (var block in Blocks())
        {
            foreach (var line in block.Text.Split('\n').Select(l => Comment().Replace(l, "").Trim()).Where(l => l.StartsWith("devsim ", StringComparison.Ordinal)))
            {
                if (seen.Add((block.Document, line)))
                    data.Add($"{block.Document}, block at line {block.Line}", line);
            }
        }
        return data;
    }

    /// <summary>Every <c>`devsim ...`</c> in the documents' prose that is a command line rather than a pattern (no FILE, &lt;scenario&gt;, [x] or "...").</summary>
    public static TheoryData<string, string> InlineCommands()
    {
        var data = new TheoryData<string, string>();
        var seen = new HashSet<(string, string)>();
        foreach (var document in Documents)
        {
            foreach (Match m in Inline().Matches(File.ReadAllText(Repository.Path(document.Split('/')))))
            {
                var line = Whitespace().Replace(m.Groups[1].Value, " ");
                if (seen.Add((document, line)) && line.IndexOfAny(['<', '[', '"', '|']) < 0 && !line.Contains("...", StringComparison.Ordinal) && !line.Split(' ').Any(w => w.All(char.IsAsciiLetterUpper)))
                    data.Add(document, line);
            }
        }
        return data;
    }

    private static RootCommand Root() =>
        DevSimApp.Commands(new CommandContext(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) }), TextWriter.Null, TextWriter.Null));

    /// <summary>The problems of a command line's command and option names: an unknown command, or an option the command does not have.</summary>
    private static List<string> NameProblems(RootCommand root, string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[1].StartsWith('-'))
            return [];
        var command = root.Subcommands.FirstOrDefault(c => c.Name == words[1]);
        if (command is null)
            return [$"no command '{words[1]}'"];
        var names = command.Options.Concat(root.Options.Where(o => o.Recursive)).SelectMany(o => o.Aliases.Append(o.Name)).ToHashSet(StringComparer.Ordinal);
        return [.. words.Skip(2).Where(w => w.StartsWith("--", StringComparison.Ordinal) && !names.Contains(w)).Select(w => $"devsim {words[1]} has no option {w}")];
    }

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void CodeBlock_DevsimLine_ParsesWithTheCommandsOptions(string where, string line)
    {
        var root = Root();
        Assert.Empty(NameProblems(root, line));
        var parse = root.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]);
        Assert.True(parse.Errors.Count == 0, $"{where}: {line}: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
    }

    [Theory]
    [MemberData(nameof(InlineCommands))]
    public void Prose_DevsimCommand_NamesACommandAndOptionsItHas(string document, string line)
    {
        var problems = NameProblems(Root(), line);
        Assert.True(problems.Count == 0, $"{document}: `{line}`: {string.Join("; ", problems)}");
    }

    [Fact]
    public void NameProblems_AnUnknownOptionOrCommand_IsNamed()
    {
        // The check itself can fail: a misspelt option and a command devsim lacks are both caught.
        Assert.Equal(["devsim simulate has no option --interarival"], NameProblems(Root(), "devsim simulate optical-mouse --interarival 14"));
        Assert.Equal(["no command 'simualte'"], NameProblems(Root(), "devsim simualte optical-mouse"));
        Assert.Empty(NameProblems(Root(), "devsim simulate optical-mouse --interarrival 14 --help"));
    }

    /// <summary>The scenario files shown (a block whose top level has <c>tasks:</c> and <c>rework:</c>, not a team's <c>skills:</c>).</summary>
    public static TheoryData<string, int> ScenarioBlocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var b in Blocks().Where(b => IsScenario(b.Text)))
            data.Add(b.Document, b.Line);
        return data;
    }

    private static bool IsScenario(string text) =>
        Regex.IsMatch(text, "^tasks:", RegexOptions.Multiline) && Regex.IsMatch(text, "^rework:", RegexOptions.Multiline) && !Regex.IsMatch(text, "^skills:", RegexOptions.Multiline);

    private static Block At(string document, int line) => Blocks().Single(b => b.Document == document && b.Line == line);

    [Theory]
    [MemberData(nameof(ScenarioBlocks))]
    public void ScenarioExample_RunsAsWritten(string document, int line)
    {
        var folder = TestFiles.NewFolder("devsim-doc-").FullName;
        try
        {
            var file = Path.Combine(folder, "example.yaml");
            File.WriteAllText(file, At(document, line).Text);
            var run = CliRun.Of("evaluate", file, "--reps", "500");
            Assert.True(run.ExitCode == 0, $"{document}, block at line {line}: {run.Error}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void PortfolioExample_RunsAsWritten_BesideTheScenarioExample()
    {
        // docs/cli.md's portfolio names my-process.yaml, the scenario example of the same document, saved beside it.
        var portfolios = Blocks().Where(b => Regex.IsMatch(b.Text, "^types:", RegexOptions.Multiline)).ToList();
        Assert.NotEmpty(portfolios);
        var scenario = Blocks().First(b => b.Document == "docs/cli.md" && IsScenario(b.Text) && b.Text.StartsWith("name: my-process", StringComparison.Ordinal));
        var folder = TestFiles.NewFolder("devsim-doc-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "my-process.yaml"), scenario.Text);
            foreach (var portfolio in portfolios)
            {
                var file = Path.Combine(folder, "portfolio.yaml");
                File.WriteAllText(file, portfolio.Text);
                var run = CliRun.Of("portfolio", file, "--projects", "400", "--reps", "2");
                Assert.True(run.ExitCode == 0, $"{portfolio.Document}, block at line {portfolio.Line}: {run.Error}");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void MisspeltKeyMessage_QuotedInTheDocuments_IsWhatDevsimPrintsForTheExample()
    {
        // README.md and docs/cli.md quote the message for "resorce" in the example's second task; the line number once was stale.
        var folder = TestFiles.NewFolder("devsim-doc-").FullName;
        try
        {
            foreach (var document in new[] { "README.md", "docs/cli.md" })
            {
                var example = Blocks().First(b => b.Document == document && IsScenario(b.Text) && b.Text.StartsWith("name: my-process", StringComparison.Ordinal));
                var misspelt = example.Text.Replace("resource: Mechanical team }", "resorce: Mechanical team }", StringComparison.Ordinal);
                Assert.NotEqual(example.Text, misspelt);
                var file = Path.Combine(folder, "my-process.yaml");
                File.WriteAllText(file, misspelt);
                var run = CliRun.Of("evaluate", file);
                Assert.Equal(2, run.ExitCode);
                var printed = Regex.Match(run.Error, @"my-process\.yaml:\d+: tasks, entry 2, resorce: unknown key; did you mean 'resource'\?").Value;
                Assert.NotEqual("", printed);
                var text = Whitespace().Replace(File.ReadAllText(Repository.Path(document.Split('/'))), " ");
                Assert.True(text.Contains(printed, StringComparison.Ordinal), $"{document} does not quote '{printed}'");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [GeneratedRegex(@"\s+#.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("`(devsim [^`]+)`")]
    private static partial Regex Inline();
}
