namespace DevSim.Engine.Scenarios;

/// <summary>One thing wrong with a scenario (or an experiment file), located as precisely as the input allows.</summary>
/// <param name="Key">Where: a key such as <c>durations.spread</c>, <c>tasks, entry 2, duration</c> or
/// <c>rework.probability, row 3, column 5</c> (rows and columns are task ids).</param>
/// <param name="Message">What is wrong, with the offending value.</param>
/// <param name="Line">The 1-based line in the source file, when it came from one.</param>
public sealed record ScenarioProblem(string Key, string Message, int? Line = null)
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
