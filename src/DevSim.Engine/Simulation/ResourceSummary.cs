using DevSim.Engine.Statistics;

namespace DevSim.Engine.Simulation;

/// <summary>One resource's measures across replications.</summary>
/// <param name="Name">The resource's name.</param>
/// <param name="Capacity">Its servers.</param>
/// <param name="Utilization">Busy fraction.</param>
/// <param name="Queue">Time-average number waiting.</param>
/// <param name="Wait">Mean wait per request.</param>
/// <param name="OfferedLoad">Mean estimated offered load.</param>
public sealed record ResourceSummary(string Name, int Capacity, SampleSummary Utilization, SampleSummary Queue, SampleSummary Wait, double OfferedLoad);
