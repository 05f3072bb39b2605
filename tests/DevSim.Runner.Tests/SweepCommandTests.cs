using System.Diagnostics;
using System.Text.Json;
using DevSim.Engine.Experiments;
using DevSim.Runner.Cli;
using static DevSim.Runner.Tests.SweepRuns;

namespace DevSim.Runner.Tests;

/// <summary>
/// devsim sweep and merge: any sharding, order or resume gives the same merged files byte for byte;
/// incomplete or foreign input is refused with the missing cells named; bad files get one clear line.
/// </summary>
public class SweepCommandTests
{
    private static readonly string Smoke = Repository.Path("experiments", "smoke.yaml");

    private static (string Csv, string Json) Unsharded { get; } = RunUnsharded();

    private static (string Csv, string Json) RunUnsharded()
    {
        var folder = TempFolder();
        SweepInto(Smoke, folder);
        return Merge(folder);
    }

    [Fact]
    public void Smoke_MergesToOneRowPerGridPoint()
    {
        var lines = Unsharded.Csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("point,scenario,sequence,sequence_ids,policy,interarrival,replications,duration_mean,duration_sd,duration_ci_low,duration_ci_high", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 2 * 3, lines.Length); // two policies x three interarrival times
        Assert.StartsWith("0,optical-mouse,scenario,5 9 3 2 7 6 4 8 1,static,16,2,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("5,optical-mouse,scenario,5 9 3 2 7 6 4 8 1,dynamic,24,2,", lines[6], StringComparison.Ordinal);
        using var json = JsonDocument.Parse(Unsharded.Json);
        Assert.True(json.RootElement.GetProperty("complete").GetBoolean());
        Assert.Equal(12, json.RootElement.GetProperty("cells").GetProperty("present").GetInt32());
        Assert.Equal(6, json.RootElement.GetProperty("points").GetArrayLength());
        Assert.Equal("ok", json.RootElement.GetProperty("points")[0].GetProperty("status").GetString());
    }

    [Fact]
    public void Merge_AgreesWithSimulateAtTheSamePoint()
    {
        var simulate = CliRun.Of("simulate", "optical-mouse", "--interarrival", "20", "--projects", "2000", "--reps", "2", "--policy", "dynamic", "--format", "json");
        using var json = JsonDocument.Parse(simulate.Output);
        var mean = json.RootElement.GetProperty("duration").GetProperty("mean").GetDouble();
        using var merged = JsonDocument.Parse(Unsharded.Json);
        var point = merged.RootElement.GetProperty("points").EnumerateArray()
            .Single(p => p.GetProperty("policy").GetString() == "dynamic" && p.GetProperty("interarrival").GetDouble() == 20);
        Assert.Equal(mean, point.GetProperty("duration").GetProperty("mean").GetDouble());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(12)]
    [InlineData(17)] // more shards than cells: some shards are empty
    public void Sharded_OneFolder_SameBytesAsUnsharded(int shards)
    {
        var folder = TempFolder();
        // Shards in reverse order, on one thread: neither order nor threads may matter.
        foreach (var k in Enumerable.Range(0, shards).Reverse())
            SweepInto(Smoke, folder, "--shard", $"{k}/{shards}", "--threads", "1");
        Assert.Equal(Unsharded, Merge(folder));
    }

    [Fact]
    public void Sharded_FolderPerShard_SameBytesAsUnsharded()
    {
        var folders = Enumerable.Range(0, 4).Select(_ => TempFolder()).ToArray();
        for (var k = 0; k < 4; k++)
            SweepInto(Smoke, folders[k], "--shard", $"{k}/4");
        Assert.Equal(Unsharded, Merge(folders));
    }

    [Fact]
    public void Rerun_SkipsCellsAlreadyThere()
    {
        var folder = TempFolder();
        SweepInto(Smoke, folder, "--shard", "0/2");
        var again = CliRun.Of("sweep", Smoke, "--out", folder);
        Assert.Contains("shard 0/1 holds 12, 6 already in", again.Output, StringComparison.Ordinal);
        Assert.Contains("6 to run", again.Output, StringComparison.Ordinal);
        Assert.Equal(Unsharded, Merge(folder));
    }

    [Fact]
    public void Resume_AfterAKilledRun_GivesTheUninterruptedResult()
    {
        var experiment = CliRun.TempFile("""
            scenarios: [optical-mouse]
            policies: [static, dynamic]
            interarrival: { from: 20, to: 29, step: 1 }
            projects: 4000
            replications: 4
            """);
        var whole = TempFolder();
        SweepInto(experiment, whole);

        // A real process, killed (SIGKILL) once a few cells are written: no chance to clean up.
        var killed = TempFolder();
        using (var process = Process.Start(new ProcessStartInfo(CliRun.DotnetHost, [CliRun.DevSimDll, "sweep", experiment, "--out", killed, "--threads", "1"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!)
        {
            var cells = Path.Combine(killed, "cells");
            var clock = Stopwatch.StartNew();
            while (CellCount(cells) < 3 && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
                Thread.Sleep(5);
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        var before = CellCount(Path.Combine(killed, "cells"));
        Assert.InRange(before, 3, 79); // killed part way: there is something to resume

        var resumed = CliRun.Of("sweep", experiment, "--out", killed);
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains($"{before} already in", resumed.Output, StringComparison.Ordinal);
        Assert.Equal(Merge(whole), Merge(killed));
    }

    /// <summary>The file of cell <paramref name="cell"/> of the sweep in <paramref name="folder"/> (named by its grid point and replication).</summary>
    internal static string CellFile(string folder, int cell)
    {
        var sweep = new DevSim.Runner.Sweep.SweepFolder(folder);
        return sweep.CellPath(sweep.ReadPlan().CellName(cell));
    }

    private static int CellCount(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Length : 0;

    [Fact]
    public void Merge_RefusesIncompleteInput_NamingTheMissingCells()
    {
        var folder = TempFolder();
        SweepInto(Smoke, folder);
        File.Delete(CellFile(folder, 3));
        File.Delete(CellFile(folder, 10));
        var csv = Path.Combine(TempFolder(), "results.csv");

        var refused = CliRun.Of("merge", folder, "--out", csv);
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("2 of 12 cells of 'smoke' are missing; nothing written", refused.Error, StringComparison.Ordinal);
        Assert.Contains("cell 3 (optical-mouse, sequence scenario, static, interarrival 20, replication 1)", refused.Error, StringComparison.Ordinal);
        Assert.Contains("cell 10 (optical-mouse, sequence scenario, dynamic, interarrival 24, replication 0)", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(csv));

        var partial = CliRun.Of("merge", folder, "--out", csv, "--allow-partial");
        Assert.Equal(0, partial.ExitCode);
        var rows = File.ReadAllLines(csv);
        Assert.Equal(7, rows.Length);
        Assert.Equal("1", rows[2].Split(',')[6]); // point 1 kept one replication of two
        using var json = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(csv, ".json")));
        Assert.False(json.RootElement.GetProperty("complete").GetBoolean());
        Assert.Equal(2, json.RootElement.GetProperty("cells").GetProperty("missing").GetInt32());
    }

    [Fact]
    public void Merge_DamagedCellFile_NamesTheFileAndLine_NotTheParsersWords()
    {
        var folder = TempFolder();
        SweepInto(Smoke, folder, "--shard", "0/6");
        var cell = CellFile(folder, 0);
        File.WriteAllText(cell, "{\n  garbage\n");

        var run = CliRun.Of("merge", folder, "--out", Path.Combine(TempFolder(), "x.csv"), "--allow-partial");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"devsim: {cell}: damaged cell file (cell 0: not valid JSON at line 2, or not the expected fields there); delete it and run the sweep again to redo the cell",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Merge_RefusesFoldersOfDifferentExperiments()
    {
        var smoke = TempFolder();
        SweepInto(Smoke, smoke, "--shard", "0/6");
        var other = TempFolder();
        SweepInto(CliRun.TempFile("scenarios: [optical-mouse]\ninterarrival: 30\nprojects: 300\nreplications: 1"), other);
        var run = CliRun.Of("merge", smoke, other, "--out", Path.Combine(TempFolder(), "x.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("merge only folders of one experiment", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_RefusesAFolderHoldingAnotherExperiment()
    {
        var folder = TempFolder();
        SweepInto(Smoke, folder, "--shard", "0/6");
        var run = CliRun.Of("sweep", CliRun.TempFile("scenarios: [optical-mouse]\ninterarrival: 30\nprojects: 300"), "--out", folder);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("holds another experiment ('smoke'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedExperiment_OneClearLine_ExitCode2()
    {
        var file = CliRun.TempFile("scenarios: [optical-mouse]\ninterarrival: 16\nreplication: 5\n");
        var folder = TempFolder();
        var run = CliRun.Of("sweep", file, "--out", folder);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal($"devsim: {file}:3: replication: unknown key; did you mean 'replications'? (expected one of name, seed, scenarios, sequences, policies, arrivals, " +
            "interarrival, projects, warmup, replications, max-in-system, search)", line);
        Assert.False(Directory.Exists(folder)); // nothing written for a file that was refused
    }

    [Theory]
    [InlineData("4/4")]
    [InlineData("1")]
    [InlineData("-1/3")]
    [InlineData("a/b")]
    public void BadShard_ExitCode2(string shard)
    {
        var run = CliRun.Of("sweep", Smoke, "--out", TempFolder(), "--shard", shard);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--shard: '{shard}' is not k/n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_OfAFolderThatDoesNotExist_SaysSo()
    {
        // A shard that never ran (or a misspelt folder) was "no plan.json here, so this is not a sweep's output folder".
        var folder = Path.Combine(TempFolder(), "shard-9");
        var run = CliRun.Of("merge", folder, "--out", Path.Combine(TempFolder(), "x.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"devsim: {folder}: no such folder; give the folders devsim sweep --out wrote (every shard's)", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Merge_ACellFileOfAnotherExperiment_NamesTheFileTheCellAndWhatToDo()
    {
        // Copied into a shard's folder from a sweep of another seed: the same file name, other numbers.
        var folder = TempFolder();
        SweepInto(Smoke, folder, "--shard", "0/6");
        var other = TempFolder();
        SweepInto(CliRun.TempFile(File.ReadAllText(Smoke).Replace("seed: 1", "seed: 2", StringComparison.Ordinal)), other, "--shard", "0/6");
        var cell = CellFile(folder, 0);
        File.Copy(CellFile(other, 0), cell, overwrite: true);

        var run = CliRun.Of("merge", folder, "--out", Path.Combine(TempFolder(), "x.csv"), "--allow-partial");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"devsim: {cell}: cell 0 was computed under cell settings ", line, StringComparison.Ordinal);
        Assert.EndsWith("a file of another experiment's sweep; delete it, or merge it with the folders of its own experiment", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_AShard_SaysTheMergeWaitsForEveryShard()
    {
        // Merging one shard's folder alone, as the line said to, ends incomplete (exit 3).
        var folder = TempFolder();
        var run = CliRun.Of("sweep", Smoke, "--out", folder, "--shard", "1/4");
        Assert.Equal(0, run.ExitCode);
        var text = string.Join(' ', run.Output.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)); // the console wraps long lines
        Assert.Contains("(once all 4 shards are done; add the other shards' folders if they wrote elsewhere)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_OfAFolderThatIsNotASweep_SaysSo()
    {
        var folder = TempFolder();
        Directory.CreateDirectory(folder);
        var run = CliRun.Of("merge", folder, "--out", Path.Combine(folder, "x.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no plan.json here", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("smoke.yaml")]
    [InlineData("figure-7.yaml")]
    [InlineData("figure-10.yaml")]
    [InlineData("table-3.yaml")]
    [InlineData("portfolio.yaml")]
    public void ShippedExperiments_AreValid(string file)
    {
        var experiment = ExperimentFile.Load(Repository.Path("experiments", file));
        Assert.NotEmpty(experiment.Scenarios);
    }
}
