using System.Text.RegularExpressions;

namespace DevSim.Runner.Cli;

/// <summary>
/// The machine refused a file or folder (a missing or read-only place, a folder where a file belongs,
/// a full disk): one line naming the path and the operating system's reason, exit code 2, no stack trace.
/// </summary>
internal sealed partial class EnvironmentErrorException : Exception
{
    public EnvironmentErrorException(string path, string reason) : base($"{path}: {reason}") => Path = path;

    public EnvironmentErrorException(string path, Exception innerException)
        : base($"{path}: {ReasonOf(path, innerException)}", innerException) => Path = path;

    /// <summary>An error saying what could not be done (<paramref name="doing"/>, such as "cannot write") to <paramref name="path"/>, and why.</summary>
    public EnvironmentErrorException(string path, string doing, Exception innerException)
        : base($"{path}: {doing} ({ReasonOf(path, innerException)})", innerException) => Path = path;

    public EnvironmentErrorException() : this("?", "unknown error") { }

    public EnvironmentErrorException(string message) : this("?", message) { }

    /// <summary>The file or folder concerned.</summary>
    public string Path { get; } = "";

    /// <summary>
    /// The operating system's reason, without the path .NET appends ("No space left on device : '/x'"),
    /// since the message already starts with the path the user gave (not a temporary name).
    /// </summary>
    public static string ReasonOf(string path, Exception e)
    {
        var reason = e.Message.Trim();
        var cut = reason.IndexOf(" : '", StringComparison.Ordinal);
        if (cut > 0)
            reason = reason[..cut];
        // The temporary file's name means nothing to the user, who gave the path the message starts with.
        reason = TemporaryName().Replace(reason, "");
        if (e is UnauthorizedAccessException)
            reason = "permission denied (" + reason.TrimEnd('.') + ")";
        return reason.Replace($" '{path}'", "", StringComparison.Ordinal).Replace(path, "it", StringComparison.Ordinal).TrimEnd('.');
    }

    [GeneratedRegex(@"\s*'[^']*\.tmp-[^']*'")]
    private static partial Regex TemporaryName();
}
