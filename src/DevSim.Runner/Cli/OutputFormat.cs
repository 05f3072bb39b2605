namespace DevSim.Runner.Cli;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>Tables for people.</summary>
    Table,

    /// <summary>JSON for programs; keys are a contract.</summary>
    Json,
}
