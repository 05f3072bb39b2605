using DevSim.Engine.Input;

namespace DevSim.Engine.Portfolios;

/// <summary>A portfolio file is invalid; <see cref="InputFileException.Problems"/> lists every problem found, each with its line and key.</summary>
public sealed class PortfolioException : InputFileException
{
    /// <summary>Creates the exception for <paramref name="problems"/> found in <paramref name="source"/>.</summary>
    public PortfolioException(string? source, IReadOnlyList<InputProblem> problems) : base(source, problems, "portfolio") { }

    /// <summary>Creates the exception with a single message.</summary>
    public PortfolioException(string message) : this(null, [new InputProblem("", message)]) { }

    /// <summary>Creates the exception with a single message and its cause.</summary>
    public PortfolioException(string message, Exception innerException) : base(message, innerException, "portfolio") { }

    /// <summary>Creates an exception with no problems listed.</summary>
    public PortfolioException() : this("invalid portfolio") { }
}
