namespace DevSim.Runner.Tests;

/// <summary>
/// Growing a sweep (issue 27): more replications or grid points reuse every cell already in the folder, and the merge is
/// byte for byte a fresh run's; a change that alters a cell's numbers is refused naming it.
/// </summary>
public class SweepGrowthTests
{
    private static string TempFolder() => TestFiles.NewPath("devsim-grow-");

    /// <summary>A smoke-sized experiment file (the optical mouse, 1,000 projects) with the given grid, replications and seed.</summary>
    private static string Experiment(string interarrivals, int replications, int seed = 1) => CliRun.TempFile(
        $"name: grow\nseed: {seed}\nscenarios: [optical-mouse]\npolicies: [static, dynamic]\ninterarrival: [{interarrivals}]\n" +
        $"projects: 1000\nreplications: {replications}\n");

    /// <summary>A sweep, its lines laid out wide enough that one naming the folder is not wrapped, however long the path.</summary>
    private static CliRun Sweep(string experiment, string folder) => CliRun.AtWidth(1000, "sweep", experiment, "--out", folder);

    private static (string Csv, string Json) Merge(string folder)
    {
        var csv = Path.Combine(TempFolder(), "results.csv");
        var run = CliRun.Of("merge", folder, "--out", csv);
        Assert.True(run.ExitCode == 0, run.Error);
        return (File.ReadAllText(csv), File.ReadAllText(Path.ChangeExtension(csv, ".json")));
    }

    [Fact]
    public void Sweep_MoreReplicationsAndGridPoints_RunsOnlyTheNewCells_AndMergesLikeAFreshRun()
    {
        var grown = TempFolder();
        Assert.Equal(0, Sweep(Experiment("16, 24", 2), grown).ExitCode); // 2 policies x 2 points x 2 replications
        var cells = Path.Combine(grown, "cells");
        var first = Directory.GetFiles(cells).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var larger = Experiment("16, 20, 24", 3);
        var run = Sweep(larger, grown);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("growing 'grow' (4 grid points x 2 replications) to 6 x 3; the cells already there are reused", run.Output, StringComparison.Ordinal);
        Assert.Contains("8 already in", run.Output, StringComparison.Ordinal);
        Assert.Contains("10 to run", run.Output, StringComparison.Ordinal);
        Assert.All(first, f => Assert.Equal(f.Value, File.GetLastWriteTimeUtc(f.Key))); // not run again
        Assert.Equal(18, Directory.GetFiles(cells).Length);

        var fresh = TempFolder();
        Assert.Equal(0, Sweep(larger, fresh).ExitCode);
        var (grownCsv, grownJson) = Merge(grown);
        var (freshCsv, freshJson) = Merge(fresh);
        Assert.Equal(freshCsv, grownCsv);
        Assert.Equal(freshJson, grownJson);
        Directory.Delete(grown, recursive: true);
        Directory.Delete(fresh, recursive: true);
    }

    [Fact]
    public void Sweep_ChangedSeed_IsRefusedNamingTheSeed()
    {
        var folder = TempFolder();
        Assert.Equal(0, Sweep(Experiment("16", 2), folder).ExitCode);
        var run = Sweep(Experiment("16", 3, seed: 2), folder);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("whose cells would have other numbers (seed 1, now 2)", run.Error, StringComparison.Ordinal);
        Assert.Equal(2 * 2, Directory.GetFiles(Path.Combine(folder, "cells")).Length); // nothing run
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Sweep_SmallerExperimentIntoAGrownFolder_KeepsTheLargerPlan()
    {
        var folder = TempFolder();
        Assert.Equal(0, Sweep(Experiment("16, 24", 2), folder).ExitCode);
        Assert.Equal(0, Sweep(Experiment("16", 2), folder).ExitCode); // a shard of the smaller grid, run late
        var (csv, _) = Merge(folder);
        Assert.Equal(1 + 4, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // the plan of 4 points stays
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Merge_FolderOfTheSmallerExperimentWithTheGrownOne_MergesTheLargerPlan()
    {
        var small = TempFolder();
        var large = TempFolder();
        Assert.Equal(0, Sweep(Experiment("16", 2), small).ExitCode);
        Assert.Equal(0, Sweep(Experiment("16, 24", 2), large).ExitCode);
        var csv = Path.Combine(TempFolder(), "results.csv");
        var run = CliRun.Of("merge", small, large, "--out", csv);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(1 + 4, File.ReadAllLines(csv).Length);
    }
}
