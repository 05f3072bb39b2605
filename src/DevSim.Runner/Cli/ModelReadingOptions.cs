using System.CommandLine;
using DevSim.Engine.Scenarios;

namespace DevSim.Runner.Cli;

/// <summary>
/// The readings of the paper's text as options of evaluate and simulate (docs/model.md#readings-of-the-paper):
/// <c>--rework-probability</c>, <c>--rework-amount</c>, <c>--pending-rework</c>, <c>--matrix-rows</c>, <c>--queued-projects</c>. Each,
/// when given, overrides the scenario file's <c>model:</c> block.
/// </summary>
internal sealed class ModelReadingOptions
{
    private readonly List<(string Key, Option<string?> Option)> _options = [.. ModelReadings.Keys.Select(key => (key, Create(key)))];

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> All => _options.Select(o => o.Option);

    /// <summary>The scenario under its file's readings overridden by the options given.</summary>
    public Scenario Apply(ParseResult parse, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(scenario);
        var readings = scenario.Readings;
        foreach (var (key, option) in _options)
        {
            if (parse.GetValue(option) is { } value)
                readings = readings.With(key, value)!; // the option accepts only the reading's values
        }
        return readings == scenario.Readings ? scenario : scenario.WithReadings(readings);
    }

    private static Option<string?> Create(string key)
    {
        var values = ModelReadings.ValuesOf(key);
        var option = new Option<string?>("--" + key)
        {
            Description = Description(key) + $" ({string.Join(" or ", values)}; default: the scenario's model: block, else {values[0]}).",
        };
        // Not AcceptOnlyFromAmong, whose message names the value but not the option.
        option.Validators.Add(r => CommonOptions.OneOf(r, [.. values]));
        return option;
    }

    private static string Description(string key) => key switch
    {
        "rework-probability" => "Reading (a): whether the chance of rework is scaled by the amount of the execution that causes it",
        "rework-amount" => "Reading (b): whether the amount of rework is scaled by the amount of the execution that causes it",
        "pending-rework" => "Reading (c): a task given rework while rework is pending keeps the larger amount or adds them up",
        "queued-projects" => "Reading (d): under dynamic or rework-aware sequencing, a queued project stays until served or leaves for a later task whose resource goes idle (no effect under static sequencing or in evaluate)",
        _ => "Reading (e): the matrices' rows are the task reworked or the task causing the rework",
    };
}
