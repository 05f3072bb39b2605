using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace DevSim.Runner.Cli;

/// <summary>Options that several commands share, built the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string> Scenario() => new("scenario")
    {
        Description = $"A scenario file (YAML or JSON), or a built-in scenario: {string.Join(", ", DevSim.Engine.Scenarios.ScenarioReader.BuiltIn)}.",
    };

    public static Option<ulong> Seed() => new("--seed")
    {
        Description = "Master seed; the same seed gives the same numbers on any number of threads.",
        DefaultValueFactory = _ => 1,
    };

    public static Option<int> Threads() => new("--threads")
    {
        Description = "Threads to use (default: every core). Results do not depend on it.",
        DefaultValueFactory = _ => -1,
        Validators = { r => Positive(r, allowMinusOne: true) },
    };

    public static Option<string> Format()
    {
        var option = new Option<string>("--format")
        {
            Description = "table (for people) or json (for programs).",
            DefaultValueFactory = _ => "table",
        };
        option.Validators.Add(r => OneOf(r, "table", "json"));
        return option;
    }

    /// <summary>Accepts only the listed values, with a one-line error naming them.</summary>
    public static void OneOf(OptionResult result, params string[] choices)
    {
        var value = result.GetValueOrDefault<string>();
        if (!choices.Contains(value, StringComparer.Ordinal))
            result.AddError($"{result.Option.Name}: '{value}' is not one of {string.Join(", ", choices)}");
    }

    public static OutputFormat ToFormat(string? value) => value == "json" ? OutputFormat.Json : OutputFormat.Table;

    public static Option<int[]?> Sequence(string description) => new("--sequence")
    {
        Description = description,
        HelpName = "ids",
        CustomParser = ParseIdList,
        DefaultValueFactory = _ => null,
    };

    public static Option<int> PositiveInt(string name, int defaultValue, string description, int minimum = 1) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        Validators =
        {
            r =>
            {
                if (r.GetValueOrDefault<int>() < minimum)
                    r.AddError($"{name}: {r.GetValueOrDefault<int>()} must be at least {minimum}");
            },
        },
    };

    private static void Positive(OptionResult r, bool allowMinusOne)
    {
        var value = r.GetValueOrDefault<int>();
        if (value < 1 && !(allowMinusOne && value == -1))
            r.AddError($"{r.Option.Name}: {value} must be a positive number");
    }

    private static int[]? ParseIdList(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
            return null;
        var text = string.Join(",", result.Tokens.Select(t => t.Value));
        var ids = new List<int>();
        foreach (var part in text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
            {
                result.AddError($"--sequence: '{part}' is not a task id (expected comma-separated ids such as 5,9,3)");
                return null;
            }
            ids.Add(id);
        }
        return [.. ids];
    }
}
