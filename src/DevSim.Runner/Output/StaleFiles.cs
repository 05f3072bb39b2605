using System.Diagnostics;
using System.Globalization;

namespace DevSim.Runner.Output;

/// <summary>
/// Temporary files' names (<c>NAME.tmp-PID-HOST-RANDOM</c>), and the removal of those left behind by
/// processes that died (kill -9, a node lost) before renaming them into place.
/// </summary>
/// <remarks>
/// Shards on several machines share folders, and a process id means something only on its own
/// machine: a file is removed only when it names this machine and a process id that is not running
/// here. Files of other machines are left alone (harmless: nothing reads temporary files).
/// </remarks>
internal static class StaleFiles
{
    private const string Marker = ".tmp-";

    /// <summary>The suffix of a new temporary file of this process.</summary>
    public static string TemporarySuffix() =>
        $"{Marker}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Environment.MachineName}-{Random.Shared.Next():x8}";

    /// <summary>Removes the temporary files in <paramref name="folder"/> (not below it) of dead processes of this machine; returns how many.</summary>
    public static int Remove(string folder)
    {
        if (!Directory.Exists(folder))
            return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*" + Marker + "*"))
        {
            if (!IsStale(Path.GetFileName(file)))
                continue;
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another process removed it first, or it is not ours to remove: either way, not an error.
            }
        }
        return removed;
    }

    /// <summary>True when <paramref name="name"/> is a temporary file of this machine whose process is not running.</summary>
    public static bool IsStale(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var at = name.LastIndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
            return false;
        var rest = name[(at + Marker.Length)..];
        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        var last = rest.LastIndexOf('-');
        if (dash <= 0 || last <= dash)
            return false;
        if (!int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            return false;
        if (rest[(dash + 1)..last] != Environment.MachineName)
            return false;
        return pid != Environment.ProcessId && !IsRunning(pid);
    }

    /// <summary>Whether a process <paramref name="pid"/> is running on this machine.</summary>
    internal static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
