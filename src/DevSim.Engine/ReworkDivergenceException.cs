using System.Globalization;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine;

/// <summary>
/// Rework never died out: one project needed more executions than any sensible process does.
/// This happens when tasks rework each other in a cycle with probability 1 and impact 1 or more,
/// so every round of rework triggers the next at full size.
/// </summary>
public sealed class ReworkDivergenceException : Exception
{
    /// <summary>Creates the exception with the standard explanation for <paramref name="executions"/> executions.</summary>
    public ReworkDivergenceException(long executions)
        : base($"rework does not die out: one project passed {executions:N0} task executions. " +
               "A cycle of tasks that rework each other with RP = 1 and RI >= 1 never finishes; lower an impact below 1.")
    {
    }

    /// <summary>
    /// The exception for a project of <paramref name="scenario"/> that passed <paramref name="executions"/> executions
    /// (or, with <paramref name="noProjectFinished"/>, a run in which that many passed without any project finishing),
    /// its advice naming the cause in this scenario under its readings (<see cref="ReworkDivergenceCause"/>).
    /// </summary>
    public static ReworkDivergenceException For(Scenario scenario, long executions, bool noProjectFinished = false) =>
        new((noProjectFinished
            ? $"rework does not die out: {executions.ToString("N0", CultureInfo.InvariantCulture)} task executions passed without any project finishing. "
            : $"rework does not die out: one project passed {executions.ToString("N0", CultureInfo.InvariantCulture)} task executions. ")
            + Capitalised(ReworkDivergenceCause.Of(scenario)) + ".");

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Creates the exception with a message.</summary>
    public ReworkDivergenceException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ReworkDivergenceException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with the default explanation.</summary>
    public ReworkDivergenceException() : this(0) { }
}
