namespace DevSim.Runner.Plots;

/// <summary>A calendar lane: a resource, named for a reader (with who staffs it), split into one sub-lane per server.</summary>
internal sealed record GanttLane(string Name, int Capacity);
