using DevSim.Engine.Input;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Experiments;

/// <summary>An experiment file is invalid; <see cref="InputFileException.Problems"/> lists every problem found, each with its line.</summary>
public sealed class ExperimentException : InputFileException
{
    /// <summary>Creates the exception for <paramref name="problems"/> found in <paramref name="source"/>.</summary>
    public ExperimentException(string? source, IReadOnlyList<InputProblem> problems) : base(source, problems, "experiment") { }

    /// <summary>Creates the exception with a single message.</summary>
    public ExperimentException(string message) : this(null, [new InputProblem("", message)]) { }

    /// <summary>Creates the exception with a single message and its cause.</summary>
    public ExperimentException(string message, Exception innerException) : base(message, innerException, "experiment") { }

    /// <summary>Creates an exception with no problems listed.</summary>
    public ExperimentException() : this("invalid experiment") { }
}
