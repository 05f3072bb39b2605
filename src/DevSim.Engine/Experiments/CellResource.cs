namespace DevSim.Engine.Experiments;

/// <summary>One resource's measures in one cell.</summary>
/// <param name="Name">The resource.</param>
/// <param name="Utilization">Busy server-time / (capacity × window).</param>
/// <param name="Queue">Time-average projects waiting for it.</param>
/// <param name="Wait">Mean wait per request.</param>
/// <param name="OfferedLoad">Arrival rate × work per project / capacity: 1 or more cannot be served.</param>
public sealed record CellResource(string Name, double Utilization, double Queue, double Wait, double OfferedLoad);
