using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Staffing;

/// <summary>A team file is invalid; <see cref="Problems"/> lists every problem found, each with its line.</summary>
public sealed class TeamFileException : Exception
{
    /// <summary>Creates the exception for <paramref name="problems"/> found in <paramref name="source"/>.</summary>
    public TeamFileException(string? source, IReadOnlyList<ScenarioProblem> problems)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.Format(source ?? "team"))))
    {
        FileName = source;
        Problems = problems;
    }

    /// <summary>Creates the exception with one message.</summary>
    public TeamFileException(string message) : this(null, [new ScenarioProblem("", message)]) { }

    /// <summary>Creates the exception with one message and its cause.</summary>
    public TeamFileException(string message, Exception innerException) : base(message, innerException) => Problems = [new ScenarioProblem("", message)];

    /// <summary>Creates the exception with a generic message.</summary>
    public TeamFileException() : this("invalid team file") { }

    /// <summary>The file the team came from, if any.</summary>
    public string? FileName { get; }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<ScenarioProblem> Problems { get; }

    /// <summary>One line per problem, each naming the file.</summary>
    public IEnumerable<string> Lines => Problems.Select(p => p.Format(FileName ?? "team"));
}
