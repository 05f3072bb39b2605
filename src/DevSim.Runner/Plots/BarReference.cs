namespace DevSim.Runner.Plots;

/// <summary>A published value for one bar (category and series), drawn as a marker on that bar.</summary>
internal sealed record BarReference(string Label, int Category, int Series, double Value);
