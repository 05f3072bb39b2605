using System.Globalization;
using DevSim.Runner.Output;

namespace DevSim.Runner.Tests;

/// <summary>
/// The one folder under the system's temporary folder that every file and folder the tests write goes in, one per test
/// process, deleted when the run is over (<see cref="TestFilesFramework"/>). Before it, each test wrote straight into /tmp and nothing removed it (2,771
/// devsim-test files had piled up there). A folder left by a test process that was killed (no exit handler ran) is
/// removed by the next run once its process is gone and it has not changed for <see cref="StaleAfter"/> (a test process
/// of another clone on the same machine, still running, keeps its folder).
/// </summary>
internal static class TestFiles
{
    private const string Prefix = "devsim-tests-";

    /// <summary>How long a dead process's folder is left alone: far longer than a test run's pause between two writes.</summary>
    private static readonly TimeSpan StaleAfter = TimeSpan.FromHours(6);

    private static readonly Lazy<string> TheRoot = new(Create);

    /// <summary>This test process's folder (created on first use).</summary>
    public static string Root => TheRoot.Value;

    /// <summary>A new, unique path in <see cref="Root"/> (not created): <paramref name="prefix"/>, a GUID, <paramref name="extension"/>.</summary>
    public static string NewPath(string prefix, string extension = "") => Path.Combine(Root, $"{prefix}{Guid.NewGuid():N}{extension}");

    /// <summary>A new, empty folder in <see cref="Root"/> whose name starts with <paramref name="prefix"/>.</summary>
    public static DirectoryInfo NewFolder(string prefix) => Directory.CreateDirectory(NewPath(prefix));

    /// <summary>Deletes this process's folder, if it made one (the test framework calls this when the run is over).</summary>
    public static void DeleteRoot()
    {
        if (TheRoot.IsValueCreated)
            Delete(TheRoot.Value);
    }

    private static string Create()
    {
        RemoveStale();
        var root = Path.Combine(Path.GetTempPath(), $"{Prefix}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        return root;
    }

    private static void RemoveStale()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var parts = Path.GetFileName(folder)[Prefix.Length..].Split('-');
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !StaleFiles.IsRunning(pid)
                && DateTime.UtcNow - Directory.GetLastWriteTimeUtc(folder) > StaleAfter)
            {
                Delete(folder);
            }
        }
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still held open, or a mount left inside by a failed test: the next run's stale sweep tries again.
        }
    }
}
