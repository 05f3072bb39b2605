namespace DevSim.Engine.Statistics;

/// <summary>A resource's estimated offered load with its 95% CI.</summary>
/// <param name="Name">The resource.</param>
/// <param name="Load">The estimate: arrival rate × mean work per project / capacity.</param>
/// <param name="Ci95">Its 95% confidence interval.</param>
public readonly record struct ResourceLoad(string Name, double Load, Interval Ci95);
