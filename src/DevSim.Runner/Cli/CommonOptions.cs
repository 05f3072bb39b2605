using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using DevSim.Engine.Input;
using DevSim.Engine.Simulation;

namespace DevSim.Runner.Cli;

/// <summary>
/// Options that several commands share, built the same way everywhere. Every numeric option is
/// parsed here by <see cref="NumberText"/>, so a bad value gets one line naming the option, the
/// value and the accepted range, never a .NET type name or a stack trace.
/// </summary>
internal static class CommonOptions
{
    /// <summary>The thread count that means every core (<see cref="ParallelOptions.MaxDegreeOfParallelism"/>'s own convention).</summary>
    public const int EveryCore = -1;

    public static Argument<string> Scenario() => new("scenario")
    {
        Description = $"A scenario file (YAML or JSON), or a built-in scenario: {string.Join(", ", DevSim.Engine.Scenarios.ScenarioReader.BuiltIn)}.",
    };

    public static Option<ulong> Seed() => new("--seed")
    {
        Description = "Master seed; the same seed gives the same numbers on any number of threads.",
        DefaultValueFactory = _ => 1,
        CustomParser = r => ParseWhole(r, 0, ulong.MaxValue, 1UL, v => (ulong)v),
    };

    /// <summary>--threads: absent means every core, shown as such in the help rather than as a sentinel number.</summary>
    public static Option<int?> Threads() => new("--threads")
    {
        Description = "Threads to use [default: every core]. Results do not depend on it.",
        CustomParser = r => ParseWhole<int?>(r, 1, int.MaxValue, null, v => (int)v),
    };

    /// <summary>The value of <see cref="Threads"/>, <see cref="EveryCore"/> when absent.</summary>
    public static int ThreadsOf(ParseResult parse, Option<int?> threads) => parse.GetValue(threads) ?? EveryCore;

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

    /// <summary>A list of task ids; absent means the scenario's sequence, but an empty value is an error.</summary>
    public static Option<int[]?> Sequence(string description) => new("--sequence")
    {
        Description = description,
        HelpName = "ids",
        CustomParser = ParseIdList,
        DefaultValueFactory = _ => null,
    };

    /// <summary>A whole-number option from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    public static Option<int> Whole(string name, int defaultValue, string description, int minimum = 1, int maximum = int.MaxValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = r => ParseWhole(r, minimum, maximum, defaultValue, v => (int)v),
    };

    /// <summary>A whole-number option without a default (null when absent).</summary>
    public static Option<int?> OptionalWhole(string name, string description, int minimum, int maximum = int.MaxValue) => new(name)
    {
        Description = description,
        CustomParser = r => ParseWhole<int?>(r, minimum, maximum, null, v => (int)v),
    };

    /// <summary>A finite number from <paramref name="minimum"/> to <paramref name="maximum"/> (<paramref name="minimumExcluded"/>: more than the minimum).</summary>
    public static Option<double> Number(string name, double defaultValue, string description, double minimum, double maximum = double.MaxValue, bool minimumExcluded = false) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = r => ParseNumber(r, minimum, maximum, minimumExcluded) ?? defaultValue,
    };

    /// <summary>A finite number without a default (null when absent).</summary>
    public static Option<double?> OptionalNumber(string name, string description, double minimum, double maximum = double.MaxValue, bool minimumExcluded = false) => new(name)
    {
        Description = description,
        CustomParser = r => ParseNumber(r, minimum, maximum, minimumExcluded),
    };

    /// <summary>A comma-separated list of sequencing policies; absent means all three.</summary>
    public static Option<SequencingPolicy[]?> Policies(string name, string description, params string[] aliases) => new(name, aliases)
    {
        Description = description,
        HelpName = "names",
        CustomParser = ParsePolicies,
    };

    /// <summary>The policies of <see cref="Policies"/>: the ones named, or all three when absent.</summary>
    public static SequencingPolicy[] PoliciesOf(ParseResult parse, Option<SequencingPolicy[]?> option) =>
        parse.GetValue(option) is { Length: > 0 } chosen ? chosen : [SequencingPolicy.Static, SequencingPolicy.Dynamic, SequencingPolicy.ReworkAware];

    private static SequencingPolicy[]? ParsePolicies(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
            return null; // absent: every policy
        var names = result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var policies = new List<SequencingPolicy>();
        foreach (var name in names)
        {
            if (SequencingPolicyRegistry.Parse(name) is not { } policy)
            {
                result.AddError($"{OptionName(result)}: '{name}' is not one of {string.Join(", ", SequencingPolicyRegistry.All)}");
                return [];
            }
            policies.Add(policy);
        }
        if (policies.Count == 0)
            result.AddError($"{OptionName(result)}: name at least one policy");
        return [.. policies];
    }

    private static T ParseWhole<T>(ArgumentResult result, System.Numerics.BigInteger minimum, System.Numerics.BigInteger maximum, T absent, Func<System.Numerics.BigInteger, T> convert)
    {
        if (result.Tokens.Count == 0)
            return absent;
        if (NumberText.TryParseWhole(result.Tokens[^1].Value, minimum, maximum, out var value, out var problem))
            return convert(value);
        result.AddError($"{OptionName(result)}: {problem}");
        return absent;
    }

    private static double? ParseNumber(ArgumentResult result, double minimum, double maximum, bool minimumExcluded)
    {
        if (result.Tokens.Count == 0)
            return null;
        if (NumberText.TryParseNumber(result.Tokens[^1].Value, minimum, maximum, minimumExcluded, out var value, out var problem))
            return value;
        result.AddError($"{OptionName(result)}: {problem}");
        return null;
    }

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;

    private static int[]? ParseIdList(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
            return null;
        var text = string.Join(",", result.Tokens.Select(t => t.Value));
        var ids = new List<int>();
        foreach (var part in text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!NumberText.TryParseInt(part, 1, int.MaxValue, out var id, out var problem))
            {
                result.AddError($"--sequence: {problem.Replace("whole number", "task id", StringComparison.Ordinal)} (expected comma-separated ids such as 5,9,3)");
                return null;
            }
            ids.Add(id);
        }
        if (ids.Count == 0)
        {
            result.AddError($"--sequence: '{text}' holds no task ids (expected comma-separated ids such as 5,9,3; leave the option out for the scenario's sequence)");
            return null;
        }
        return [.. ids];
    }
}
