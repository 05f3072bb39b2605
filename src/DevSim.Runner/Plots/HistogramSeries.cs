namespace DevSim.Runner.Plots;

/// <summary>Densities of one sample in the bins of <see cref="HistogramChart.Edges"/>.</summary>
internal sealed record HistogramSeries(string Name, IReadOnlyList<double> Density);
