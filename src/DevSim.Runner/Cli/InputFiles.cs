using System.Globalization;
using System.Text;
using DevSim.Engine.Experiments;

namespace DevSim.Runner.Cli;

/// <summary>
/// The input gate: every file devsim reads comes through here (scenario, experiment, team and portfolio
/// files, arrivals and utilisation CSVs, a merge's results.json, a sweep's plan.json and cell files), so
/// every reader gets the same rules. Only a regular file is opened: a folder, a named pipe (which would
/// block until some process writes to it), a device such as /dev/zero (which never ends) or a socket is
/// refused by name before it is opened (<see cref="FileTypes"/>). A file larger than <see cref="MaxBytes"/>
/// is refused after reading at most that much. The parsers then bound what they hold as they read
/// (YAML and JSON nodes: <see cref="DevSim.Engine.Input.InputLimits"/>).
/// </summary>
internal static class InputFiles
{
    /// <summary>The largest input file, 16 MiB: a 500-task scenario with both matrices written out is under 2 MB (docs/cli.md, Scenario files).</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>The text of <paramref name="path"/>, a <paramref name="kind"/> file; a user error naming the path and the reason when it cannot be read.</summary>
    public static string Read(string path, string kind)
    {
        try
        {
            return ReadText(path, kind);
        }
        catch (IOException e)
        {
            throw new UserErrorException($"{path}: {e.Message}");
        }
    }

    /// <summary>
    /// The text of <paramref name="path"/>; an <see cref="IOException"/> whose message says, in words,
    /// why it cannot be read (no such file, a folder, too large, the system's reason).
    /// </summary>
    public static string ReadText(string path, string kind)
    {
        if (NotRegular(FileTypes.Of(path), kind) is { } refusal)
            throw new IOException(refusal);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return ReadText(stream, stream.CanSeek ? stream.Length : null, kind);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new IOException($"no such {kind} file", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"cannot read the file: {e.Message}", e);
        }
    }

    /// <summary>
    /// The text of <paramref name="stream"/> (a file, or a file uploaded to the workbench) of <paramref name="length"/> bytes
    /// when known, read as <see cref="ReadText(string, string)"/> reads a file: an <see cref="IOException"/> when it holds
    /// more than <see cref="MaxBytes"/>, after reading at most that much.
    /// </summary>
    public static string ReadText(Stream stream, long? length, string kind)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (length > MaxBytes)
            throw new IOException(TooLarge(kind, length));
        var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
                throw new IOException(TooLarge(kind, null));
        }
        buffer.Position = 0;
        using var reader = new StreamReader(buffer, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Resolves the scenario files an experiment at <paramref name="experimentPath"/> names, relative to its folder.</summary>
    public static ScenarioFileResolver ScenariosBeside(string experimentPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(experimentPath)) ?? ".";
        return reference =>
        {
            var path = Path.Combine(folder, reference);
            return File.Exists(path) || Directory.Exists(path) ? ReadText(path, "scenario") : null;
        };
    }

    /// <summary>Why a path of type <paramref name="type"/> is not read as a <paramref name="kind"/> file, or null when it is read.</summary>
    private static string? NotRegular(FileType type, string kind) => type switch
    {
        FileType.Folder => $"is a folder, not a {kind} file",
        FileType.Pipe => $"is a named pipe, not a regular {kind} file (devsim reads input only from regular files: a pipe blocks until something writes to it)",
        _ when FileTypes.Special(type) is { } special => $"is {special}, not a regular {kind} file (devsim reads input only from regular files)",
        _ => null, // a missing file is said so when it is opened; Unknown is read under the size limit
    };

    private static string TooLarge(string kind, long? length) =>
        $"{(length is { } n ? $"{n.ToString("N0", CultureInfo.InvariantCulture)} bytes" : "the file")} is more than a {kind} file may hold " +
        $"({MaxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes, 16 MiB)";
}
