using DevSim.Engine.Input;

namespace DevSim.Runner.Cli;

/// <summary>
/// Turns the problems an options record's <c>Validate</c> reports (keyed by property name) into
/// lines naming the command-line flag, so the rule lives in the record and only the name here.
/// </summary>
internal static class OptionFlags
{
    /// <summary>Throws a <see cref="UserErrorException"/> with one line per problem, each naming its flag from <paramref name="flags"/>.</summary>
    public static void ThrowIfInvalid(IReadOnlyList<InputProblem> problems, IReadOnlyDictionary<string, string> flags)
    {
        if (problems.Count == 0)
            return;
        throw new UserErrorException([.. problems.Select(p => $"{(flags.TryGetValue(p.Key, out var flag) ? flag : p.Key)}: {p.Message}")]);
    }
}
