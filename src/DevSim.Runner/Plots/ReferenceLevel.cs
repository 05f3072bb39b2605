namespace DevSim.Runner.Plots;

/// <summary>A horizontal line at Y with a legend entry, for example a target the curves must stay under.</summary>
internal sealed record ReferenceLevel(string Label, double Y, int Colour);
