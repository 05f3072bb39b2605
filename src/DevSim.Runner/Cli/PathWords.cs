using System.CommandLine;
using System.CommandLine.Parsing;

namespace DevSim.Runner.Cli;

/// <summary>
/// Words that cannot be what an option or argument asks for, refused before any command runs: an empty
/// value (<c>--out ""</c>, <c>devsim evaluate ""</c>), which .NET refuses as a path with an exception
/// that would otherwise surface as an internal error, or would quietly mean the current folder; and
/// <c>-</c> for a file or folder devsim writes, which people read as standard output but which would
/// create a file named "-".
/// </summary>
internal static class PathWords
{
    /// <summary>Options whose own parser already says what an empty value means for them.</summary>
    private static readonly string[] OwnMessage = ["--sequence"];

    /// <summary>Options naming a file or folder that devsim writes.</summary>
    private static readonly string[] Outputs = ["--out", "--trace", "--timeline", "--plot"];

    /// <summary>One line per option or argument of <paramref name="parse"/> given such a word.</summary>
    public static IReadOnlyList<string> Problems(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var problems = new List<string>();
        foreach (var child in parse.CommandResult.Children)
        {
            var (name, tokens) = child switch
            {
                OptionResult option => (option.Option.Name, option.Tokens),
                ArgumentResult argument => (argument.Argument.Name, argument.Tokens),
                _ => ("", (IReadOnlyList<Token>)[]),
            };
            if (!OwnMessage.Contains(name, StringComparer.Ordinal) && tokens.Any(t => t.Value.Length == 0))
                problems.Add(name.StartsWith("--", StringComparison.Ordinal) ? $"{name}: the value is empty" : $"<{name}>: the argument is empty");
            else if (Outputs.Contains(name, StringComparer.Ordinal) && tokens.Any(t => t.Value == "-"))
                problems.Add($"{name}: '-' (standard output) is not supported here; give a file or folder name (./- if you mean a file called '-')");
        }
        return problems;
    }
}
