namespace DevSim.Engine.Input;

/// <summary>
/// One thing wrong with an input (a scenario, experiment, team or arrivals file, or an options
/// record), located as precisely as the input allows. Every reader and every options record's
/// <c>Validate</c> reports problems in this one shape; the runner maps keys to flags when it prints.
/// </summary>
/// <param name="Key">Where: a key such as <c>durations.spread</c>, <c>tasks, entry 2, duration</c> or
/// <c>rework.probability, row 3, column 5</c> (rows and columns are task ids); for an options record,
/// the name of its property (<c>Replications</c>).</param>
/// <param name="Message">What is wrong, with the offending value.</param>
/// <param name="Line">The 1-based line in the source file, when it came from one.</param>
public sealed record InputProblem(string Key, string Message, int? Line = null)
{
    /// <summary>One line for people: <c>file:line: key: message</c>.</summary>
    public string Format(string? source)
    {
        var where = source ?? "scenario";
        if (Line is { } line)
            where += $":{line}";
        return Key.Length == 0 ? $"{where}: {Message}" : $"{where}: {Key}: {Message}";
    }
}
