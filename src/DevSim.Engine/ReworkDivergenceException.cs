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

    /// <summary>Creates the exception with a message.</summary>
    public ReworkDivergenceException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ReworkDivergenceException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception with the default explanation.</summary>
    public ReworkDivergenceException() : this(0) { }
}
