namespace DevSim.Runner.Plots;

/// <summary>Counts of values in equal-width bins over [Edges[0], Edges[^1]); the last bin also takes its right edge.</summary>
/// <param name="Edges">Bin edges, ascending, one more than the bins.</param>
/// <param name="Counts">Values per bin.</param>
internal sealed record Histogram(IReadOnlyList<double> Edges, IReadOnlyList<long> Counts)
{
    /// <summary>Equal-width bins covering [<paramref name="low"/>, <paramref name="high"/>]; values outside are not counted.</summary>
    public static Histogram Of(IEnumerable<double> values, double low, double high, int bins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (!(high > low))
            throw new ArgumentException($"histogram range [{low}, {high}] is empty");
        var width = (high - low) / bins;
        var counts = new long[bins];
        foreach (var v in values)
        {
            if (v < low || v > high || double.IsNaN(v))
                continue;
            counts[Math.Min(bins - 1, (int)((v - low) / width))]++;
        }
        return new Histogram([.. Enumerable.Range(0, bins + 1).Select(i => low + i * width)], counts);
    }

    /// <summary>Each bin's share of all counted values divided by its width: a density that integrates to 1.</summary>
    public IReadOnlyList<double> Density()
    {
        var total = (double)Counts.Sum();
        return [.. Counts.Select((c, i) => total == 0 ? 0 : c / total / (Edges[i + 1] - Edges[i]))];
    }
}
