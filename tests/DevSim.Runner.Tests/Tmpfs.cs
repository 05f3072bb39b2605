using System.Diagnostics;

namespace DevSim.Runner.Tests;

/// <summary>A small tmpfs mounted for one test, to make a disk run full; needs root (CI runs as root).</summary>
internal sealed class Tmpfs : IDisposable
{
    private static readonly Lazy<string?> Reason = new(Probe);

    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    /// <summary>Why a tmpfs cannot be mounted here, or null when it can.</summary>
    public static string? Unavailable() => Reason.Value;

    /// <summary>Mounts a tmpfs of <paramref name="size"/> (such as "1m"), read-only when asked (root writes anywhere else).</summary>
    public static Tmpfs Mount(string size, bool readOnly = false)
    {
        var path = TestFiles.NewFolder("devsim-tmpfs-").FullName;
        if (Run("mount", "-t", "tmpfs", "-o", $"size={size}{(readOnly ? ",ro" : "")}", "tmpfs", path) is { } error)
            throw new InvalidOperationException($"mount tmpfs at {path}: {error}");
        return new Tmpfs(path);
    }

    /// <summary>Fills the disk with a file, leaving about <paramref name="freeBytes"/> free (tmpfs counts whole 4 kB pages).</summary>
    public void Fill(long freeBytes)
    {
        var available = new DriveInfo(Path).AvailableFreeSpace;
        var size = Math.Max(0, available - freeBytes);
        using var filler = new FileStream(System.IO.Path.Combine(Path, "filler"), FileMode.Create);
        var block = new byte[4096];
        for (long written = 0; written < size; written += block.Length)
            filler.Write(block, 0, (int)Math.Min(block.Length, size - written));
    }

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Still busy: left for the system's cleaning of /tmp.
        }
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
            return "needs Linux to mount a tmpfs as a small, full disk";
        if (Environment.UserName != "root")
            return $"needs root to mount a tmpfs as a small, full disk (running as {Environment.UserName}; CI runs as root)";
        try
        {
            using var probe = Mount("64k");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return $"cannot mount a tmpfs here ({e.Message})";
        }
    }

    private static string? Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : $"exit {process.ExitCode}: {error.Trim()}";
    }
}

/// <summary>A test that needs a <see cref="Tmpfs"/>: skipped, saying why, where none can be mounted.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (Tmpfs.Unavailable() is { } reason)
            Skip = reason;
    }
}
