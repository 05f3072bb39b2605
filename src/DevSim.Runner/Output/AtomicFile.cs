using DevSim.Runner.Cli;

namespace DevSim.Runner.Output;

/// <summary>
/// Writes files under temporary names and renames them into place, so a crash never leaves half a
/// file. A refusal of the machine (full disk, no permission, a folder in the way) becomes an
/// <see cref="EnvironmentErrorException"/> naming the file the user asked for, and removes the
/// temporary file.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes one file.</summary>
    public static void Write(string path, Action<TextWriter> write) => WriteAll([(path, write)]);

    /// <summary>
    /// Writes several files together: all of them under temporary names first, then all renamed into
    /// place, so a failure while writing (a full disk) replaces none of the old files.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, Action<TextWriter> Write)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        WriteStreams([.. files.Select(f => (f.Path, (Action<Stream>)(stream =>
        {
            using var writer = new StreamWriter(stream);
            f.Write(writer);
        })))]);
    }

    private static void WriteStreams(IReadOnlyList<(string Path, Action<Stream> Write)> files)
    {
        var written = new List<(string Temporary, string Full, string Given)>();
        try
        {
            foreach (var (path, write) in files)
            {
                var full = Path.GetFullPath(path);
                var temporary = full + StaleFiles.TemporarySuffix();
                written.Add((temporary, full, path));
                Guard(path, () =>
                {
                    var folder = Path.GetDirectoryName(full)!;
                    if (OutputFolders.FileInTheWay(folder) is { } file)
                        throw new IOException($"{file} is a file, not a folder"); // not .NET's "The file ... already exists"
                    Directory.CreateDirectory(folder);
                    if (Directory.Exists(full))
                        throw new IOException("is a folder, not a file");
                    // The rename below would replace a device or a pipe by a regular file (as root, /dev/null itself).
                    if (FileTypes.Special(FileTypes.Of(full)) is { } special)
                        throw new IOException($"is {special}, not a regular file: devsim writes a whole file beside it and renames it into place, which would replace it");
                    using var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write);
                    write(stream);
                });
            }
            foreach (var (temporary, full, given) in written)
                Guard(given, () => File.Move(temporary, full, overwrite: true));
        }
        finally
        {
            foreach (var (temporary, _, _) in written)
            {
                try
                {
                    if (File.Exists(temporary))
                        File.Delete(temporary);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Left behind; the next sweep into this folder removes it (StaleFiles).
                }
            }
        }
    }

    /// <summary>Writes one binary file (a PNG) under a temporary name, then renames it into place.</summary>
    public static void WriteBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        WriteStreams([(path, stream => stream.Write(bytes))]);
    }

    /// <summary>Runs <paramref name="action"/>, turning the machine's refusals into an error naming <paramref name="path"/>.</summary>
    public static void Guard(string path, Action action) => Guard(path, "cannot write", action);

    /// <summary>Runs <paramref name="action"/>, turning the machine's refusals into an error saying what could not be done (<paramref name="doing"/>) to <paramref name="path"/>.</summary>
    public static void Guard(string path, string doing, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EnvironmentErrorException(path, doing, e);
        }
    }
}
