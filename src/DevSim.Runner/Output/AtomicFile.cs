namespace DevSim.Runner.Output;

/// <summary>Writes a file under a temporary name and renames it into place, so a crash never leaves half a file.</summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Process id and a random part: shards on different machines may share a process id and a folder.
        var temporary = full + $".tmp-{Environment.ProcessId}-{Random.Shared.Next():x8}";
        try
        {
            using (var writer = new StreamWriter(temporary))
                write(writer);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
