namespace DevSim.Runner.Tests;

/// <summary>
/// Runs every case of <c>BadInput/corpus.txt</c>: exit code 2, the expected message (naming the option,
/// file, key or path), no stack trace or .NET type name, within the bounds of <see cref="BoundedRun"/>.
/// </summary>
public sealed class BadInputCorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in BadInputCase.Load(CorpusPath))
            data.Add(c.Name);
        return data;
    }

    private static string CorpusPath => Repository.Path("tests", "DevSim.Runner.Tests", "BadInput", "corpus.txt");

    [Fact]
    public void Corpus_Reads_AndNamesEveryCaseOnce()
    {
        var cases = BadInputCase.Load(CorpusPath);
        Assert.True(cases.Count >= 150, $"{cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case_BadInput_ExitsTwoWithAClearLineAndNoTrace(string name)
    {
        var c = BadInputCase.Load(CorpusPath).Single(x => x.Name == name);
        var dir = TestFiles.NewFolder("devsim-corpus-").FullName;
        var afile = Path.Combine(dir, "a-file");
        File.WriteAllText(afile, "not a folder\n");
        var empty = Directory.CreateDirectory(Path.Combine(dir, "empty")).FullName;
        var file = c.File is null ? null : Path.Combine(dir, "case.yaml");
        var spaced = Directory.CreateDirectory(Path.Combine(dir, "a folder with spaces")).FullName;
        string Fill(string s) => s.Replace("{file}", file ?? "{file}", StringComparison.Ordinal)
            .Replace("{dir}", empty, StringComparison.Ordinal).Replace("{afile}", afile, StringComparison.Ordinal)
            .Replace("{spaced}", spaced, StringComparison.Ordinal).Replace("{repo}", Repository.Root, StringComparison.Ordinal);
        if (file is not null)
            File.WriteAllText(file, Fill(c.File!));
        foreach (var (besideName, content) in c.Beside)
            File.WriteAllText(Path.Combine(dir, besideName), Fill(content));
        try
        {
            // Words are split before the placeholders are filled, so a path with spaces stays one word; {empty} is "".
            var args = c.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w == "{empty}" ? "" : Fill(w)).ToArray();
            var run = await BoundedRun.Of(name, args);
            Assert.True(run.ExitCode == 2, $"{name}: exit {run.ExitCode}\n{run.Error}\n{run.Output}");
            Assert.Contains(Fill(c.Expect), run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFiles(dir, "*.tmp-*", SearchOption.AllDirectories));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
