namespace DevSim.Engine.Evaluation;

/// <summary>The expected work one project brings to a resource under static sequencing (docs/model.md#the-static-stability-limit).</summary>
/// <param name="Name">The resource's name.</param>
/// <param name="Capacity">Its capacity (servers).</param>
/// <param name="Work">Expected busy time per project, in days (first executions plus rework).</param>
public sealed record ResourceDemand(string Name, int Capacity, double Work)
{
    /// <summary>
    /// The mean interarrival time at which this resource's offered load reaches 1: projects arriving
    /// any faster overload it, whatever the arrival process.
    /// </summary>
    public double CriticalInterarrival => Work / Capacity;
}
