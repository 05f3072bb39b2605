
namespace DevSim.Engine.Input;

/// <summary>An input file (scenario, experiment, team, arrivals) is invalid; <see cref="Problems"/> lists every problem found, each with its line.</summary>
public abstract class InputFileException : Exception
{
    private readonly string _kind;

    /// <summary>Creates the exception for <paramref name="problems"/> found in <paramref name="source"/>; <paramref name="kind"/> names the file when the source is unknown.</summary>
    protected InputFileException(string? source, IReadOnlyList<InputProblem> problems, string kind)
        : base(string.Join(Environment.NewLine, problems.Select(p => p.Format(source ?? kind))))
    {
        _kind = kind;
        Source = source;
        Problems = problems;
    }

    /// <summary>Creates the exception with one message and its cause.</summary>
    protected InputFileException(string message, Exception innerException, string kind) : base(message, innerException)
    {
        _kind = kind;
        Problems = [new InputProblem("", message)];
    }

    /// <summary>The file, if any.</summary>
    public new string? Source { get; }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>One line per problem, each naming the file and line.</summary>
    public IEnumerable<string> Lines => Problems.Select(p => p.Format(Source ?? _kind));
}
