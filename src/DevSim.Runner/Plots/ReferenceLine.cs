namespace DevSim.Runner.Plots;

/// <summary>A vertical line at X with a legend entry, for example a computed stability limit or a published mean.</summary>
internal sealed record ReferenceLine(string Label, double X, int Colour);
