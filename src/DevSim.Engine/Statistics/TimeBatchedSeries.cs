namespace DevSim.Engine.Statistics;

/// <summary>
/// A time-weighted quantity (a queue length, busy servers) kept in bounded memory as its averages
/// over consecutive, equal stretches of time from an origin: the time analogue of
/// <see cref="BatchedSeries"/>. When a value would fall past the last of <see cref="BatchedSeries.Capacity"/>
/// batches, neighbours are merged and the batch width doubles. Used for batch-means CIs of
/// time averages when there is one replication.
/// </summary>
internal sealed class TimeBatchedSeries
{
    private readonly double[] _areas = new double[BatchedSeries.Capacity];
    private double _origin;
    private double _width;
    // The batch the last stretch ended in: nearly every stretch is short and falls inside it.
    private long _current;
    private double _currentStart;
    private double _currentEnd;

    /// <summary>Starts at <paramref name="origin"/> with batches <paramref name="width"/> long (more than 0).</summary>
    public void Begin(double origin, double width)
    {
        // A width of 0 (or NaN) would never step past a batch: the caller sizes batches from a positive mean interarrival.
        if (!(width > 0) || !double.IsFinite(width))
            throw new ArgumentOutOfRangeException(nameof(width), width, "expected a positive, finite batch width");
        Array.Clear(_areas);
        _origin = origin;
        _width = width;
        Forget();
    }

    /// <summary>The quantity held <paramref name="value"/> from <paramref name="from"/> to <paramref name="to"/> (both at or after the origin).</summary>
    public void Add(double from, double to, double value)
    {
        if (from >= _currentStart && to <= _currentEnd)
        {
            _areas[_current] += value * (to - from);
            return;
        }
        while (to > from)
        {
            var k = (long)((from - _origin) / _width);
            while (k >= _areas.Length)
            {
                Halve();
                k = (long)((from - _origin) / _width);
            }
            var end = _origin + (k + 1) * _width;
            // Guard against rounding: a stretch always moves forward by at least the rest of its batch or to its end.
            var stop = end > from ? Math.Min(to, end) : to;
            _areas[k] += value * (stop - from);
            from = stop;
            if (end > stop)
            {
                _current = k;
                _currentStart = _origin + k * _width;
                _currentEnd = end;
            }
        }
    }

    private void Forget()
    {
        _current = 0;
        _currentStart = double.PositiveInfinity;
        _currentEnd = double.NegativeInfinity;
    }

    /// <summary>The time averages of up to <paramref name="groups"/> equal groups of the whole batches up to <paramref name="end"/>, the remainder dropped from the front.</summary>
    public double[] Regroup(double end, int groups)
    {
        var whole = (int)Math.Min(_areas.Length, Math.Max(0, Math.Floor((end - _origin) / _width)));
        var means = new double[whole];
        for (var k = 0; k < whole; k++)
            means[k] = _areas[k] / _width;
        return new BatchMeans(1, means).Regroup(0, groups);
    }

    private void Halve()
    {
        for (var i = 0; i < _areas.Length / 2; i++)
            _areas[i] = _areas[2 * i] + _areas[2 * i + 1];
        Array.Clear(_areas, _areas.Length / 2, _areas.Length / 2);
        _width *= 2;
        Forget();
    }
}
