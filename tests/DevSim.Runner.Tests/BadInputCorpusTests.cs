namespace DevSim.Runner.Tests;

/// <summary>
/// Runs every case of <c>BadInput/corpus.txt</c>: exit code 2, the expected message (naming the option,
/// file, key or path), no stack trace or .NET type name, and bounds that catch a case hanging or
/// swallowing memory (as a billion replications once did) rather than measuring speed.
/// </summary>
public sealed class BadInputCorpusTests
{
    private static readonly TimeSpan HangBound = TimeSpan.FromMinutes(2);
    private const long AllocationBound = 1L << 30; // on the calling thread, where files are read and plans laid out

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
        Assert.True(cases.Count >= 30, $"{cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case_BadInput_ExitsTwoWithAClearLineAndNoTrace(string name)
    {
        var c = BadInputCase.Load(CorpusPath).Single(x => x.Name == name);
        var dir = Directory.CreateTempSubdirectory("devsim-corpus-").FullName;
        var afile = Path.Combine(dir, "a-file");
        File.WriteAllText(afile, "not a folder\n");
        var empty = Directory.CreateDirectory(Path.Combine(dir, "empty")).FullName;
        var file = c.File is null ? null : Path.Combine(dir, "case.yaml");
        if (file is not null)
            File.WriteAllText(file, c.File);
        string Fill(string s) => s.Replace("{file}", file ?? "{file}", StringComparison.Ordinal)
            .Replace("{dir}", empty, StringComparison.Ordinal).Replace("{afile}", afile, StringComparison.Ordinal)
            .Replace("{repo}", Repository.Root, StringComparison.Ordinal);
        try
        {
            var args = Fill(c.Args).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            CliRun? run = null;
            long allocated = 0;
            var worker = Task.Run(() =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                run = CliRun.Of(args);
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            });
            Assert.True(await Task.WhenAny(worker, Task.Delay(HangBound)) == worker, $"{name}: still running after {HangBound}: a hang");
            await worker;
            Assert.NotNull(run);
            Assert.True(run.ExitCode == 2, $"{name}: exit {run.ExitCode}\n{run.Error}\n{run.Output}");
            Assert.Contains(Fill(c.Expect), run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
            Assert.True(allocated < AllocationBound, $"{name}: allocated {allocated:N0} bytes");
            Assert.Empty(Directory.EnumerateFiles(dir, "*.tmp-*", SearchOption.AllDirectories));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
