namespace DevSim.Runner.Tests;

/// <summary>Running <c>devsim sweep</c> and <c>devsim merge</c> from tests: each must succeed, its error shown when it does not.</summary>
internal static class SweepRuns
{
    /// <summary>A new folder name under the system's temporary folder (not created).</summary>
    public static string TempFolder() => TestFiles.NewPath("devsim-sweep-");

    public static void SweepInto(string experiment, string folder, params string[] more)
    {
        var run = CliRun.Of(["sweep", experiment, "--out", folder, .. more]);
        Assert.True(run.ExitCode == 0, run.Error);
    }

    /// <summary>Merges and returns the CSV and JSON written.</summary>
    public static (string Csv, string Json) Merge(params string[] folders)
    {
        var csv = Path.Combine(TempFolder(), "results.csv");
        var run = CliRun.Of(["merge", .. folders, "--out", csv]);
        Assert.True(run.ExitCode == 0, run.Error);
        return (File.ReadAllText(csv), File.ReadAllText(Path.ChangeExtension(csv, ".json")));
    }
}
