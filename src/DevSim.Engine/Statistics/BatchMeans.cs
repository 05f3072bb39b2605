namespace DevSim.Engine.Statistics;

/// <summary>A series seen as the means of consecutive batches of equal size.</summary>
/// <param name="BatchSize">Observations per batch.</param>
/// <param name="Means">The batch means, in order.</param>
public sealed record BatchMeans(int BatchSize, IReadOnlyList<double> Means)
{
    /// <summary>The first batch that starts at or after observation <paramref name="observations"/> (0-based count to skip).</summary>
    public int FirstBatchAfter(long observations) => (int)Math.Min(Means.Count, (observations + BatchSize - 1) / BatchSize);

    /// <summary>
    /// The part after the first <paramref name="skip"/> observations as <paramref name="groups"/> means of
    /// equal groups of batches: when the batches held do not divide evenly, the remainder is dropped
    /// from the front (the end nearest the warm-up). Fewer groups when fewer batches remain.
    /// </summary>
    public double[] Regroup(long skip, int groups)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(groups, 1);
        var first = FirstBatchAfter(skip);
        var available = Means.Count - first;
        if (available <= 0)
            return [];
        var count = Math.Min(groups, available);
        var size = available / count;
        first += available - size * count;
        var result = new double[count];
        for (var g = 0; g < count; g++)
        {
            var sum = 0.0;
            for (var i = 0; i < size; i++)
                sum += Means[first + g * size + i];
            result[g] = sum / size;
        }
        return result;
    }

    /// <summary>The same series with neighbours merged until at most <paramref name="maxBatches"/> remain (the batch size doubling each time).</summary>
    public BatchMeans Coarsen(int maxBatches)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatches, 1);
        var size = BatchSize;
        var means = Means.ToArray();
        while (means.Length > maxBatches)
        {
            means = [.. Enumerable.Range(0, means.Length / 2).Select(i => (means[2 * i] + means[2 * i + 1]) / 2)];
            size *= 2;
        }
        return new BatchMeans(size, means);
    }
}
