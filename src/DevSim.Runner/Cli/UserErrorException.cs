using DevSim.Engine.Scenarios;

namespace DevSim.Runner.Cli;

/// <summary>Bad input from the user: printed as one line per problem, exit code 2, no stack trace.</summary>
internal sealed class UserErrorException : Exception
{
    public UserErrorException(IReadOnlyList<string> lines) : base(string.Join(Environment.NewLine, lines)) => Lines = lines;

    public UserErrorException(string line) : this([line]) { }

    public UserErrorException() : this("invalid input") { }

    public UserErrorException(string message, Exception innerException) : base(message, innerException) => Lines = [message];

    public IReadOnlyList<string> Lines { get; }

    /// <summary>
    /// The engine's refusal of a run's settings (a sequence, an option's value), one line per problem
    /// naming the option it came from.
    /// </summary>
    public static UserErrorException ForOptions(ScenarioException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new([.. refusal.Problems.Select(p => $"--{p.Key}: {p.Message}")]);
    }
}
