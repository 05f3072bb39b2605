namespace DevSim.Engine.Scenarios;

/// <summary>One design task of a process.</summary>
/// <param name="Id">The task's number, 1..n; rows and columns of the rework matrices use it.</param>
/// <param name="Name">A human-readable name.</param>
/// <param name="Duration">The expected duration d of a full (first) execution, in days; positive.</param>
/// <param name="Resource">The index of the resource that performs it (0-based, into <see cref="Scenario.Resources"/>).</param>
public sealed record TaskDefinition(int Id, string Name, double Duration, int Resource);
