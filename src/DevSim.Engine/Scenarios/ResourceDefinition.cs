namespace DevSim.Engine.Scenarios;

/// <summary>A shared resource (a team, a machine) with a FIFO queue.</summary>
/// <param name="Name">The name used in reports.</param>
/// <param name="Capacity">How many executions it serves at once; at least 1.</param>
public sealed record ResourceDefinition(string Name, int Capacity)
{
    /// <summary>Who staffs it (the scenario's <c>staffing</c> key, for example written by <c>devsim staff</c>), or null.</summary>
    public string? Person { get; init; }
}
