namespace DevSim.Runner.Plots;

/// <summary>A published value drawn as a marker at (X, Y), for comparison at a glance; entries of one label share a legend row.</summary>
internal sealed record ReferencePoint(string Label, double X, double Y);
