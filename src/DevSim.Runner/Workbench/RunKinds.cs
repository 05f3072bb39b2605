using System.CommandLine;
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
    public static IReadOnlyList<Form> Forms()
    {
        var context = new CommandContext(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) }), TextWriter.Null, TextWriter.Null);
        return [.. All.Select(kind =>
        {
            var options = kind.CreateCommand(context).Options.ToDictionary(o => o.Name, StringComparer.Ordinal);
            return new Form(kind.Name, kind.Title, kind.Subject.ToString().ToLowerInvariant(), [.. kind.Flags.Select(flag => Field(kind, options[flag]))]);
        })];
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
