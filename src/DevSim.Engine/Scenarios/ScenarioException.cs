namespace DevSim.Engine.Scenarios;

/// <summary>A scenario (or a sequence given for one) is invalid; <see cref="Problems"/> lists every problem found.</summary>
public sealed class ScenarioException : Exception
{
    /// <summary>Creates the exception for <paramref name="problems"/> found in <paramref name="source"/>.</summary>
    public ScenarioException(string? source, IReadOnlyList<ScenarioProblem> problems)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.Format(source))))
    {
        Source = source;
        Problems = problems;
    }

    /// <summary>Creates the exception with a single message.</summary>
    public ScenarioException(string message) : this(null, [new ScenarioProblem("", message)]) { }

    /// <summary>Creates the exception with a single message and its cause.</summary>
    public ScenarioException(string message, Exception innerException) : base(message, innerException)
    {
        Problems = [new ScenarioProblem("", message)];
    }

    /// <summary>Creates an exception with no problems listed.</summary>
    public ScenarioException() : this("invalid scenario") { }

    /// <summary>The file (or built-in name) the scenario came from, if any.</summary>
    public new string? Source { get; }

    /// <summary>Every problem found, in input order.</summary>
    public IReadOnlyList<ScenarioProblem> Problems { get; }

    /// <summary>One line per problem, each naming the source.</summary>
    public IEnumerable<string> Lines => Problems.Select(p => p.Format(Source));
}
