using System.Diagnostics;
using System.Text.Json;

namespace DevSim.Runner.Tests;

/// <summary>
/// Faults of the environment: experiments racing for one folder, a full disk during sweep, merge,
/// replay and a trace, a sweep killed with kill -9 and resumed, and files or folders where the other
/// belongs. Each ends in exit 2 naming the path, and leaves nothing half-written or mixed.
/// </summary>
public sealed class FaultTests
{
    private static readonly string Smoke = Repository.Path("experiments", "smoke.yaml");

    private static string TempFolder() => TestFiles.NewFolder("devsim-fault-").FullName;

    /// <summary>The smoke experiment under another seed (so another fingerprint), or with more replications.</summary>
    private static string SmokeVariant(string folder, string name, string replace, string with)
    {
        var path = Path.Combine(folder, name + ".yaml");
        File.WriteAllText(path, File.ReadAllText(Smoke).Replace(replace, with, StringComparison.Ordinal));
        return path;
    }

    private static Process StartDevSim(params string[] args)
    {
        var start = new ProcessStartInfo(CliRun.DotnetHost) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(CliRun.DevSimDll);
        foreach (var a in args)
            start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }

    private static (int Code, string Error) Finish(Process p)
    {
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        _ = output.Result;
        return (p.ExitCode, error);
    }

    private static string[] TemporaryFiles(string folder) => Directory.GetFiles(folder, "*.tmp-*", SearchOption.AllDirectories);

    [Fact]
    public void Sweep_TwoExperimentsIntoOneNewFolderAtOnce_OneIsRefusedAndNothingMixed()
    {
        var work = TempFolder();
        var other = SmokeVariant(work, "smoke-seed-2", "seed: 1", "seed: 2");
        for (var trial = 0; trial < 3; trial++)
        {
            var folder = Path.Combine(work, $"run-{trial}");
            using var a = StartDevSim("sweep", Smoke, "--out", folder, "--threads", "1");
            using var b = StartDevSim("sweep", other, "--out", folder, "--threads", "1");
            var (codeA, errorA) = Finish(a);
            var (codeB, errorB) = Finish(b);
            Assert.Equal([0, 2], new[] { codeA, codeB }.Order());
            Assert.Contains("holds another experiment", codeA == 2 ? errorA : errorB, StringComparison.Ordinal);
            // Every cell belongs to the winner: merge checks each cell's fingerprint against plan.json.
            var merge = CliRun.Of("merge", folder, "--out", Path.Combine(work, $"merged-{trial}.csv"));
            Assert.True(merge.ExitCode == 0, merge.Error);
            Assert.Equal(12, Directory.GetFiles(Path.Combine(folder, "cells"), "*.json").Length);
        }
        Directory.Delete(work, recursive: true);
    }

    [Fact]
    public void Sweep_KilledMidRunAndResumed_EqualsAnUninterruptedRun()
    {
        var work = TempFolder();
        var longer = SmokeVariant(work, "smoke-long", "replications: 2", "replications: 60");
        var whole = Path.Combine(work, "whole");
        Assert.Equal(0, CliRun.Of("sweep", longer, "--out", whole).ExitCode);

        var killed = Path.Combine(work, "killed");
        var cells = Path.Combine(killed, "cells");
        using (var sweep = StartDevSim("sweep", longer, "--out", killed))
        {
            var waited = Stopwatch.StartNew();
            while (!sweep.HasExited && (!Directory.Exists(cells) || Directory.GetFiles(cells, "*.json").Length < 20) && waited.Elapsed < TimeSpan.FromMinutes(2))
                Thread.Sleep(20);
            Assert.False(sweep.HasExited, "the sweep ended before it could be killed: make the experiment longer");
            sweep.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up
            sweep.WaitForExit();
        }
        var before = Directory.GetFiles(cells, "*.json").Length;
        Assert.InRange(before, 20, 359);
        var resume = CliRun.Of("sweep", longer, "--out", killed);
        Assert.True(resume.ExitCode == 0, resume.Error);
        Assert.Empty(TemporaryFiles(killed));

        var a = Path.Combine(work, "a.csv");
        var b = Path.Combine(work, "b.csv");
        Assert.Equal(0, CliRun.Of("merge", whole, "--out", a).ExitCode);
        Assert.Equal(0, CliRun.Of("merge", killed, "--out", b).ExitCode);
        Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
        Assert.Equal(File.ReadAllText(Path.ChangeExtension(a, ".json")), File.ReadAllText(Path.ChangeExtension(b, ".json")));
        Directory.Delete(work, recursive: true);
    }

    [Fact]
    public void Sweep_StaleTemporaryFilesOfDeadProcesses_AreRemovedOthersKept()
    {
        var folder = TempFolder();
        Assert.Equal(0, CliRun.Of("sweep", Smoke, "--out", folder).ExitCode);
        var cells = Path.Combine(folder, "cells");
        var dead = Path.Combine(cells, $"000001.json.tmp-999999999-{Environment.MachineName}-0badc0de");
        var alive = Path.Combine(cells, $"000002.json.tmp-{Environment.ProcessId}-{Environment.MachineName}-0badc0de");
        var elsewhere = Path.Combine(cells, "000003.json.tmp-999999999-another-machine-0badc0de");
        foreach (var file in new[] { dead, alive, elsewhere })
            File.WriteAllText(file, "{");
        Assert.Equal(0, CliRun.Of("sweep", Smoke, "--out", folder).ExitCode);
        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(alive));
        Assert.True(File.Exists(elsewhere));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Sweep_CellsIsAFile_ExitsTwoNamingIt()
    {
        var folder = TempFolder();
        Assert.Equal(0, CliRun.Of("sweep", Smoke, "--out", folder).ExitCode);
        var cells = Path.Combine(folder, "cells");
        Directory.Delete(cells, recursive: true);
        File.WriteAllText(cells, "not a folder");
        var run = CliRun.Of("sweep", Smoke, "--out", folder);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{cells}: is a file", run.Error, StringComparison.Ordinal);
        var merge = CliRun.Of("merge", folder, "--out", Path.Combine(folder, "results.csv"));
        Assert.Equal(2, merge.ExitCode);
        Assert.Contains(cells, merge.Error, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Merge_RenamedCellFile_ExitsTwoNamingIt()
    {
        var folder = TempFolder();
        Assert.Equal(0, CliRun.Of("sweep", Smoke, "--out", folder).ExitCode);
        var (one, five) = (SweepCommandTests.CellFile(folder, 1), SweepCommandTests.CellFile(folder, 5));
        File.Delete(five);
        File.Move(one, five);
        MergeRefuses(folder, $"{five}: not the result of cell 5");
    }

    /// <summary>Merging <paramref name="folder"/> exits 2 with <paramref name="expected"/> and writes nothing; the folder is then removed.</summary>
    private static void MergeRefuses(string folder, string expected)
    {
        var run = CliRun.Of("merge", folder, "--out", Path.Combine(folder, "results.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "results.csv")));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Merge_CellWithTextForANumber_IsDamaged_NotANumberLeftOut()
    {
        // A hand edit or a broken copy: "abc" where a number belongs once read as NaN, and the point's mean went missing silently.
        var folder = TempFolder();
        Assert.Equal(0, CliRun.Of("sweep", Smoke, "--out", folder).ExitCode);
        var cell = SweepCommandTests.CellFile(folder, 0);
        var text = File.ReadAllText(cell);
        var edited = System.Text.RegularExpressions.Regex.Replace(text, "\"durationMean\": *[0-9.eE+-]+", "\"durationMean\": \"abc\"");
        Assert.NotEqual(text, edited);
        File.WriteAllText(cell, edited);
        MergeRefuses(folder, $"{cell}: damaged cell file");
    }

    [TmpfsFact]
    public void Sweep_DiskFull_ExitsTwoNamingThePathAndEveryCellPresentIsWhole()
    {
        using var disk = Tmpfs.Mount("1m");
        disk.Fill(freeBytes: 3 * 4096);
        var folder = Path.Combine(disk.Path, "run");
        var run = CliRun.Of("sweep", Smoke, "--out", folder, "--threads", "1");
        Assert.True(run.ExitCode == 2, run.Error);
        Assert.Contains(disk.Path, run.Error, StringComparison.Ordinal);
        Assert.Contains("No space left on device", run.Error, StringComparison.Ordinal);
        Assert.Empty(TemporaryFiles(disk.Path));
        if (Directory.Exists(Path.Combine(folder, "cells")))
        {
            foreach (var cell in Directory.GetFiles(Path.Combine(folder, "cells")))
                JsonDocument.Parse(File.ReadAllText(cell)).Dispose();
        }
    }

    [TmpfsFact]
    public void Merge_DiskFull_ExitsTwoAndLeavesTheOldCsvAndJsonAsTheyWere()
    {
        var folder = TempFolder();
        Assert.Equal(0, CliRun.Of("sweep", Smoke, "--out", folder).ExitCode);
        var cell = SweepCommandTests.CellFile(folder, 3);
        var kept = File.ReadAllText(cell);
        File.Delete(cell);
        using var disk = Tmpfs.Mount("1m");
        var csv = Path.Combine(disk.Path, "results.csv");
        var json = Path.ChangeExtension(csv, ".json");
        Assert.Equal(0, CliRun.Of("merge", folder, "--out", csv, "--allow-partial").ExitCode);
        var (oldCsv, oldJson) = (File.ReadAllText(csv), File.ReadAllText(json));

        File.WriteAllText(cell, kept);
        disk.Fill(freeBytes: 4096); // room for the CSV's temporary file, not for the JSON's
        var run = CliRun.Of("merge", folder, "--out", csv);
        Assert.True(run.ExitCode == 2, run.Error);
        Assert.Contains(disk.Path, run.Error, StringComparison.Ordinal);
        Assert.Equal(oldCsv, File.ReadAllText(csv));
        Assert.Equal(oldJson, File.ReadAllText(json));
        Assert.Empty(TemporaryFiles(disk.Path));
        Directory.Delete(folder, recursive: true);
    }

    [TmpfsFact]
    public void ReplayQuick_DiskFull_ExitsTwoNamingThePath()
    {
        using var disk = Tmpfs.Mount("1m");
        disk.Fill(freeBytes: 0);
        var run = CliRun.Of("replay", "optical-mouse", "--quick", "--out", Path.Combine(disk.Path, "replay"));
        Assert.True(run.ExitCode == 2, run.Error);
        Assert.Contains(disk.Path, run.Error, StringComparison.Ordinal);
        Assert.Contains("No space left on device", run.Error, StringComparison.Ordinal);
        Assert.Empty(TemporaryFiles(disk.Path));
    }

    [TmpfsFact]
    public void SimulateTraceAndStaff_DiskFull_ExitTwoNamingThePath()
    {
        using var disk = Tmpfs.Mount("1m");
        disk.Fill(freeBytes: 0);
        var trace = Path.Combine(disk.Path, "trace.csv");
        var simulate = CliRun.Of("simulate", "optical-mouse", "--interarrival", "16", "--projects", "200", "--reps", "2", "--trace", trace);
        Assert.True(simulate.ExitCode == 2, simulate.Error);
        Assert.Contains($"{trace}: cannot write (No space left on device", simulate.Error, StringComparison.Ordinal);
        var staff = CliRun.Of("staff", Repository.Path("experiments", "teams", "chen-kim-2013.yaml"), "--out", Path.Combine(disk.Path, "staff"));
        Assert.True(staff.ExitCode == 2, staff.Error);
        Assert.Contains(disk.Path, staff.Error, StringComparison.Ordinal);
        Assert.Empty(TemporaryFiles(disk.Path));
    }

    [TmpfsFact]
    public void EveryWritingCommand_ReadOnlyPlace_ExitsTwoNamingThePath()
    {
        using var disk = Tmpfs.Mount("64k", readOnly: true);
        var place = disk.Path;
        var team = Repository.Path("experiments", "teams", "chen-kim-2013.yaml");
        foreach (var args in new[]
                 {
                     new[] { "simulate", "optical-mouse", "--interarrival", "16", "--projects", "100", "--reps", "2", "--trace", Path.Combine(place, "trace.csv") },
                     ["simulate", "optical-mouse", "--interarrival", "16", "--projects", "100", "--reps", "2", "--timeline", Path.Combine(place, "t.svg")],
                     ["staff", team, "--out", Path.Combine(place, "staff")],
                     ["sweep", Smoke, "--out", Path.Combine(place, "run")],
                     ["replay", "optical-mouse", "--quick", "--out", Path.Combine(place, "replay")],
                 })
        {
            var run = CliRun.Of(args);
            Assert.True(run.ExitCode == 2, $"{string.Join(' ', args)}: exit {run.ExitCode}\n{run.Error}");
            Assert.Contains(place, run.Error, StringComparison.Ordinal);
            Assert.Contains("Read-only file system", run.Error, StringComparison.Ordinal);
        }
    }
}
