using System.CommandLine;
using DevSim.Engine.Input;

namespace DevSim.Runner.Cli;

/// <summary>
/// Mistyped commands and options, said once with a did-you-mean: System.CommandLine reports every leftover word
/// ("Unrecognized command or argument" for the option and again for its value, plus "Required command was not
/// provided" after an unknown command), which buries the one slip that matters.
/// </summary>
internal static class UnknownWords
{
    /// <summary>The lines to print for <paramref name="parse"/>'s errors, with unknown words named once each.</summary>
    public static List<string> Problems(ParseResult parse, RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(root);
        var command = parse.CommandResult.Command;
        var unmatched = parse.UnmatchedTokens;
        var others = parse.Errors.Select(e => e.Message)
            .Where(m => !m.StartsWith("Unrecognized command or argument", StringComparison.Ordinal))
            .Where(m => parse.Errors.Count == 1 || !m.StartsWith("Required command", StringComparison.Ordinal)).ToList();
        if (unmatched.Count == 0)
            return others;
        var lines = new List<string>();
        if (command == root && !unmatched[0].StartsWith('-'))
        {
            // A mistyped command: what follows it belongs to the command meant, so only the command is named.
            var names = root.Subcommands.Select(c => c.Name).ToList();
            lines.Add(Suggest($"unknown command '{unmatched[0]}'", unmatched[0], names, "commands: " + string.Join(", ", names)));
            return lines;
        }
        var options = command.Options.Concat(parse.RootCommandResult.Command.Options.Where(o => o.Recursive))
            .SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct().ToList();
        var where = command == root ? "" : $" for 'devsim {command.Name}'";
        var afterUnknownOption = false;
        foreach (var word in unmatched)
        {
            if (word.StartsWith('-') && word.Length > 1)
            {
                lines.Add(Suggest($"unknown option '{word}'{where}", word, options, null));
                afterUnknownOption = true;
            }
            else if (!afterUnknownOption)
            {
                lines.Add(command == root ? $"unknown command '{word}'" : $"unexpected word '{word}' ('devsim {command.Name}' takes no further arguments)");
            }
            else
            {
                // Most likely the value of the unknown option just named.
                afterUnknownOption = false;
            }
        }
        return [.. lines, .. others];
    }

    private static string Suggest(string problem, string typed, IReadOnlyList<string> known, string? otherwise)
    {
        var trimmed = typed.TrimStart('-');
        var nearest = NearestKey.For(trimmed, known.Select(k => k.TrimStart('-')));
        if (nearest is not null)
            return $"{problem}; did you mean '{known.First(k => k.TrimStart('-') == nearest)}'?";
        return otherwise is null ? problem : $"{problem} ({otherwise})";
    }
}
