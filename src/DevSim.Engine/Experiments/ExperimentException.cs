using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Experiments;

/// <summary>An experiment file is invalid; <see cref="Problems"/> lists every problem found, each with its line.</summary>
public sealed class ExperimentException : Exception
{
    /// <summary>Creates the exception for <paramref name="problems"/> found in <paramref name="source"/>.</summary>
    public ExperimentException(string? source, IReadOnlyList<ScenarioProblem> problems)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.Format(source ?? "experiment"))))
    {
        Source = source;
        Problems = problems;
    }

    /// <summary>Creates the exception with a single message.</summary>
    public ExperimentException(string message) : this(null, [new ScenarioProblem("", message)]) { }

    /// <summary>Creates the exception with a single message and its cause.</summary>
    public ExperimentException(string message, Exception innerException) : base(message, innerException)
    {
        Problems = [new ScenarioProblem("", message)];
    }

    /// <summary>Creates an exception with no problems listed.</summary>
    public ExperimentException() : this("invalid experiment") { }

    /// <summary>The experiment file, if any.</summary>
    public new string? Source { get; }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<ScenarioProblem> Problems { get; }

    /// <summary>One line per problem, each naming the file and line.</summary>
    public IEnumerable<string> Lines => Problems.Select(p => p.Format(Source ?? "experiment"));
}
