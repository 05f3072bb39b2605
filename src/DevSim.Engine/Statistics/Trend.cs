namespace DevSim.Engine.Statistics;

/// <summary>The result of <see cref="TrendTest"/>.</summary>
/// <param name="RelativeDrift">The fitted change from the first batch to the last, as a fraction of the mean (0.1 = grew by 10%).</param>
/// <param name="PValue">Two-sided p-value of "no trend"; small means a trend.</param>
/// <param name="Batches">Batch means tested.</param>
public readonly record struct Trend(double RelativeDrift, double PValue, int Batches)
{
    /// <summary>Whether the slope is significant at level <paramref name="alpha"/>; false when untestable.</summary>
    public bool IsSignificant(double alpha) => PValue < alpha;
}
