using DevSim.Engine.Input;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Staffing;

/// <summary>A team file is invalid; <see cref="InputFileException.Problems"/> lists every problem found, each with its line.</summary>
public sealed class TeamFileException : InputFileException
{
    /// <summary>Creates the exception for <paramref name="problems"/> found in <paramref name="source"/>.</summary>
    public TeamFileException(string? source, IReadOnlyList<InputProblem> problems) : base(source, problems, "team") { }

    /// <summary>Creates the exception with one message.</summary>
    public TeamFileException(string message) : this(null, [new InputProblem("", message)]) { }

    /// <summary>Creates the exception with one message and its cause.</summary>
    public TeamFileException(string message, Exception innerException) : base(message, innerException, "team") { }

    /// <summary>Creates the exception with a generic message.</summary>
    public TeamFileException() : this("invalid team file") { }
}
