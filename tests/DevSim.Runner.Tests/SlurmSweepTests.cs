namespace DevSim.Runner.Tests;

/// <summary>
/// The Slurm path for real: the smoke sweep submitted as a job array with the shipped scripts, merged
/// by a dependent job, gives the same merged files byte for byte as one unsharded run.
/// </summary>
[Trait("Category", "Slurm")]
public class SlurmSweepTests
{
    [SlurmFact]
    public void SmokeSweep_AsAJobArray_MergesToTheUnshardedResult()
    {
        var smoke = Repository.Path("experiments", "smoke.yaml");
        var local = TestFiles.NewPath("devsim-slurm-local-");
        Assert.Equal(0, CliRun.Of("sweep", smoke, "--out", local).ExitCode);
        Assert.Equal(0, CliRun.Of("merge", local, "--out", Path.Combine(local, "results.csv")).ExitCode);

        using var cluster = SlurmCluster.Acquire();
        var shared = TestFiles.NewPath("devsim-slurm-");
        var devsim = $"{CliRun.DotnetHost} {CliRun.DevSimDll}";
        var submit = SlurmCluster.Run("bash", [Repository.Path("experiments", "cluster", "slurm-submit.sh"), smoke, shared, "4"],
            new Dictionary<string, string> { ["WAIT"] = "1", ["DEVSIM"] = devsim });
        Assert.True(submit.ExitCode == 0, $"slurm-submit.sh exited {submit.ExitCode}:\n{submit.Output}\n{Logs(shared)}");

        // Every shard ran as its own array task, with the threads Slurm gave it.
        var logs = Directory.GetFiles(Path.Combine(shared, "logs"), "sweep-*.out").Select(File.ReadAllText).ToList();
        Assert.Equal(4, logs.Count);
        for (var k = 0; k < 4; k++)
            Assert.Single(logs, l => l.Contains($"devsim shard {k}/4 on ", StringComparison.Ordinal));
        Assert.Equal(File.ReadAllText(Path.Combine(local, "results.csv")), File.ReadAllText(Path.Combine(shared, "results.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(local, "results.json")), File.ReadAllText(Path.Combine(shared, "results.json")));
    }

    private static string Logs(string folder) =>
        Directory.Exists(Path.Combine(folder, "logs"))
            ? string.Join("\n", Directory.GetFiles(Path.Combine(folder, "logs")).Select(f => $"--- {f}\n{File.ReadAllText(f)}"))
            : "(no logs)";
}
