namespace DevSim.Engine.Statistics;

/// <summary>
/// A long series kept in bounded memory as the means of consecutive, equal batches. Batches start
/// with 5 observations (MSER-5's batch size); whenever <see cref="Capacity"/> batch means are held,
/// each pair of neighbours is merged into one (their average), so the batch size doubles and half
/// the memory is free again. After n observations the batch size is 5·2^k, the smallest such that
/// fewer than <see cref="Capacity"/> batches hold them: the series is seen at a resolution of
/// about n / 512 observations or better, with 512 to 1,023 batch means.
/// </summary>
/// <remarks>
/// Merging neighbours of equal size keeps every batch mean the exact mean of its observations, so
/// nothing is approximated but the resolution. The last, incomplete batch is held apart and left out
/// of <see cref="Means"/>. Adding allocates nothing.
/// </remarks>
public sealed class BatchedSeries
{
    /// <summary>The most batch means held; even.</summary>
    public const int Capacity = 1024;

    /// <summary>Observations per batch at the start (MSER-5).</summary>
    public const int InitialBatchSize = 5;

    private readonly double[] _means = new double[Capacity];
    private double _partialSum;
    private int _partialCount;

    /// <summary>Observations added.</summary>
    public long Count { get; private set; }

    /// <summary>Observations per batch now: 5·2^k.</summary>
    public int BatchSize { get; private set; } = InitialBatchSize;

    /// <summary>Complete batches held.</summary>
    public int BatchCount { get; private set; }

    /// <summary>The complete batches' means, in order.</summary>
    public ReadOnlySpan<double> Means => _means.AsSpan(0, BatchCount);

    /// <summary>Adds the next observation.</summary>
    public void Add(double value)
    {
        Count++;
        _partialSum += value;
        if (++_partialCount < BatchSize)
            return;
        _means[BatchCount++] = _partialSum / BatchSize;
        _partialSum = 0;
        _partialCount = 0;
        if (BatchCount < Capacity)
            return;
        for (var i = 0; i < Capacity / 2; i++)
            _means[i] = (_means[2 * i] + _means[2 * i + 1]) / 2;
        BatchCount = Capacity / 2;
        BatchSize *= 2;
    }

    /// <summary>Forgets everything and starts again with batches of 5.</summary>
    public void Clear()
    {
        Count = 0;
        BatchSize = InitialBatchSize;
        BatchCount = 0;
        _partialSum = 0;
        _partialCount = 0;
    }

    /// <summary>A copy of the batch means and their size, for analysis after the run.</summary>
    public BatchMeans Snapshot() => new(BatchSize, Means.ToArray());
}
