using System.CommandLine;
using System.CommandLine.Parsing;

namespace DevSim.Runner.Cli;

/// <summary>
/// Refuses an empty value (<c>--out ""</c>, <c>devsim evaluate ""</c>) before any command runs: .NET
/// refuses an empty path with an exception that would otherwise surface as an internal error, and an
/// empty folder option would quietly mean the current folder.
/// </summary>
internal static class EmptyValues
{
    /// <summary>Options whose own parser already says what an empty value means for them.</summary>
    private static readonly string[] OwnMessage = ["--sequence"];

    /// <summary>One line per option or argument of <paramref name="parse"/> given as an empty string.</summary>
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
            if (OwnMessage.Contains(name, StringComparer.Ordinal) || !tokens.Any(t => t.Value.Length == 0))
                continue;
            problems.Add(name.StartsWith("--", StringComparison.Ordinal) ? $"{name}: the value is empty" : $"<{name}>: the argument is empty");
        }
        return problems;
    }
}
