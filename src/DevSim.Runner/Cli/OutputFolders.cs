using System.CommandLine;
using System.CommandLine.Parsing;

namespace DevSim.Runner.Cli;

/// <summary>
/// Output folders that cannot be made because a file holds their name or a place on their path: the folders of
/// <c>--plot</c> and of every <c>--out</c> but merge's, and the folders that the files of <c>--trace</c>, <c>--timeline</c>
/// and merge's <c>--out</c> go into. Refused before the command runs, so that no work is lost to a refusal at the end
/// (<c>simulate --plot</c> at a file once ran every replication first, then said only that the file "already exists").
/// </summary>
internal static class OutputFolders
{
    private static readonly string[] Files = ["--trace", "--timeline"];

    /// <summary>Throws, naming the output, the option and the file in the way, when an output option of <paramref name="parse"/> cannot be written.</summary>
    /// <exception cref="EnvironmentErrorException">A file is in the way.</exception>
    public static void Check(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var command = parse.CommandResult.Command.Name;
        foreach (var option in parse.CommandResult.Children.OfType<OptionResult>())
        {
            var name = option.Option.Name;
            var isFile = Files.Contains(name, StringComparer.Ordinal) || (name == "--out" && command == "merge");
            if (!isFile && name is not ("--plot" or "--out"))
                continue;
            foreach (var token in option.Tokens)
            {
                if (isFile)
                    CheckFile(token.Value);
                else
                    Check(token.Value, name);
            }
        }
    }

    private static void CheckFile(string file)
    {
        if (FileInTheWay(Path.GetDirectoryName(Path.GetFullPath(file))!) is { } at)
            throw new EnvironmentErrorException(file, $"cannot write ({at} is a file, not a folder)");
    }

    private static void Check(string folder, string option)
    {
        var full = Path.GetFullPath(folder);
        if (FileInTheWay(full) is { } at)
            throw new EnvironmentErrorException(folder, $"cannot create the {option} folder ({(at == full ? "a file has that name" : $"{at} is a file")})");
    }

    /// <summary>
    /// The file (or device, pipe, socket) at <paramref name="folder"/>, a full path, or at the nearest of its parents that
    /// exists, which keeps the folder from being made; null when that nearest existing place is a folder.
    /// </summary>
    public static string? FileInTheWay(string folder)
    {
        // File.Exists first: a folder another thread makes meanwhile (a sweep's cells/) is never taken for a file.
        for (var at = folder; at is not null; at = Path.GetDirectoryName(at))
        {
            if (File.Exists(at))
                return at;
            if (Directory.Exists(at))
                return null;
        }
        return null;
    }
}
