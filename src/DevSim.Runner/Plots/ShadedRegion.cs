namespace DevSim.Runner.Plots;

/// <summary>A shaded stretch of the x axis with a label, for example where the system is overloaded.</summary>
internal sealed record ShadedRegion(double From, double To, string Label);
