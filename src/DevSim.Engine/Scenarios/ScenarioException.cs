using DevSim.Engine.Input;

namespace DevSim.Engine.Scenarios;

/// <summary>A scenario (or a sequence given for one) is invalid; <see cref="InputFileException.Problems"/> lists every problem found.</summary>
public sealed class ScenarioException : InputFileException
{
    /// <summary>Creates the exception for <paramref name="problems"/> found in <paramref name="source"/>.</summary>
    public ScenarioException(string? source, IReadOnlyList<InputProblem> problems) : base(source, problems, "scenario") { }

    /// <summary>Creates the exception with a single message.</summary>
    public ScenarioException(string message) : this(null, [new InputProblem("", message)]) { }

    /// <summary>Creates the exception with a single message and its cause.</summary>
    public ScenarioException(string message, Exception innerException) : base(message, innerException, "scenario") { }

    /// <summary>Creates an exception with no problems listed.</summary>
    public ScenarioException() : this("invalid scenario") { }
}
