using System.CommandLine;
using DevSim.Engine.Input;
using DevSim.Engine.Scenarios;
using DevSim.Runner.Cli;
using Spectre.Console;

namespace DevSim.Runner.Workbench;

/// <summary>The kinds of run the workbench offers, and each kind's form as the page draws it.</summary>
internal static class RunKinds
{
    /// <summary>Every kind, in the page's order.</summary>
    public static IReadOnlyList<IRunKind> All { get; } =
        [new EvaluateRunKind(), new SimulateRunKind(), new OptimizeRunKind(), new AnalyzeRunKind(), new SensitivityRunKind(), new PortfolioRunKind(), new CapacityRunKind()];

    /// <summary>The kind called <paramref name="name"/>, or null.</summary>
    public static IRunKind? Find(string? name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>One field of a kind's form: the command's option with its help and default.</summary>
    public sealed record FormField(string Flag, string Description, string? Default, IReadOnlyList<string> Choices);

    /// <summary>A kind's form, and what it runs on: scenario, portfolio or either.</summary>
    public sealed record Form(string Name, string Title, string Subject, IReadOnlyList<FormField> Fields);

    /// <summary>The forms of every kind, built from the commands' own options.</summary>
    public static IReadOnlyList<Form> Forms() =>
        [.. All.Select(kind =>
        {
            var options = CommandOptions(kind);
            return new Form(kind.Name, kind.Title, kind.Subject.ToString().ToLowerInvariant(), [.. kind.Flags.Select(flag => Field(kind, options[flag]))]);
        })];

    /// <summary>Every option of the command line's command that <paramref name="kind"/> runs, offered by the form or not, by name.</summary>
    public static Dictionary<string, Option> CommandOptions(IRunKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var context = new CommandContext(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) }), TextWriter.Null, TextWriter.Null);
        return kind.CreateCommand(context).Options.ToDictionary(o => o.Name, StringComparer.Ordinal);
    }

    /// <summary>
    /// Why a request's option <paramref name="flag"/> is not taken by <paramref name="kind"/>: a name without its <c>--</c>,
    /// an option of the command the workbench does not offer (--threads, --format, --figures, --out, --plot, --trace,
    /// --timeline: the server sets them, or they would name a file on the server), a slip for an offered one, or no option
    /// of the command at all.
    /// </summary>
    public static string Unoffered(IRunKind kind, string flag)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(flag);
        var dashed = "--" + flag.TrimStart('-');
        if (!flag.StartsWith("--", StringComparison.Ordinal) && kind.Flags.Contains(dashed, StringComparer.Ordinal))
            return $"{flag}: an option's name starts with --: '{dashed}'";
        var options = CommandOptions(kind);
        if (options.ContainsKey(flag))
            return $"{flag}: not offered by the workbench's {kind.Name}, which sets the output, figures and threads itself and never names a file on the server";
        return NearestKey.For(dashed, kind.Flags) is { } nearest
            ? $"{flag}: not an option of the workbench's {kind.Name}; did you mean '{nearest}'?"
            : $"{flag}: not an option of the workbench's {kind.Name} (it takes {string.Join(", ", kind.Flags)})";
    }

    private static FormField Field(IRunKind kind, Option option)
    {
        var value = option.HasDefaultValue ? option.GetDefaultValue() : null;
        var text = value switch
        {
            null => null,
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        var choices = kind.Choices.TryGetValue(option.Name, out var listed) ? listed
            : option.Name.TrimStart('-') is var key && ModelReadings.Keys.Contains(key) ? ModelReadings.ValuesOf(key)
            : [];
        return new FormField(option.Name, option.Description ?? "", text, choices);
    }
}
