namespace DevSim.Engine.Statistics;

/// <summary>
/// Quantiles of a stream of non-negative values in bounded memory, with a guaranteed relative
/// error: the log-bucketed histogram of DDSketch (Masson, Rim &amp; Lee 2019, "DDSketch: a fast and
/// fully-mergeable quantile sketch with relative-error guarantees", PVLDB 12(12)). Bucket i counts
/// the values in (γ^(i-1), γ^i] with γ = (1 + α)/(1 - α); a quantile is read as the bucket's
/// centre 2γ^i/(γ + 1), which lies within α·x of every x in the bucket.
/// </summary>
/// <remarks>
/// The q-quantile is the value of rank ⌊q(n - 1)⌋ (0-based) in sorted order, and the estimate is
/// within <see cref="RelativeAccuracy"/> of it, whatever the order of the values (a queue still
/// filling, a trend): unlike P², the sketch keeps the whole distribution at that resolution.
/// Memory grows with log(max/min) / α, not with the count: about 1,150 buckets (9 KB) span
/// durations from 1 to 100,000 days. Merging adds counts, so it is exact and order-free: pooled
/// quantiles do not depend on how replications were split over threads.
/// </remarks>
public sealed class QuantileSketch
{
    /// <summary>The guaranteed relative error α of every quantile: 0.5%.</summary>
    public const double RelativeAccuracy = 0.005;

    /// <summary>Values at or below this (in days, a fraction of a second) count as zero.</summary>
    public const double MinIndexable = 1e-9;

    private static readonly double Gamma = (1 + RelativeAccuracy) / (1 - RelativeAccuracy);
    private static readonly double InverseLogGamma = 1 / Math.Log(Gamma);

    private long[] _counts = [];
    private int _offset; // bucket index of _counts[0]
    private long _zeros;

    /// <summary>Values added.</summary>
    public long Count { get; private set; }

    /// <summary>The smallest value added; NaN when empty.</summary>
    public double Min { get; private set; } = double.NaN;

    /// <summary>The largest value added; NaN when empty.</summary>
    public double Max { get; private set; } = double.NaN;

    /// <summary>Adds a value, 0 or more. Allocates only when it falls outside the buckets seen so far.</summary>
    public void Add(double value)
    {
        if (!(value >= 0) || double.IsPositiveInfinity(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "the sketch takes finite values of 0 or more");
        if (Count == 0)
        {
            Min = value;
            Max = value;
        }
        else
        {
            Min = Math.Min(Min, value);
            Max = Math.Max(Max, value);
        }
        Count++;
        if (value <= MinIndexable)
        {
            _zeros++;
            return;
        }
        var index = Index(value);
        var slot = index - _offset;
        if ((uint)slot >= (uint)_counts.Length)
            slot = Cover(index, index);
        _counts[slot]++;
    }

    /// <summary>Adds every value counted by <paramref name="other"/>, as if they had been added here.</summary>
    public void Merge(QuantileSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Count == 0)
            return;
        if (Count == 0)
        {
            Min = other.Min;
            Max = other.Max;
        }
        else
        {
            Min = Math.Min(Min, other.Min);
            Max = Math.Max(Max, other.Max);
        }
        Count += other.Count;
        _zeros += other._zeros;
        var first = -1;
        var last = -1;
        for (var i = 0; i < other._counts.Length; i++)
        {
            if (other._counts[i] == 0)
                continue;
            if (first < 0)
                first = i;
            last = i;
        }
        if (first < 0)
            return;
        Cover(other._offset + first, other._offset + last);
        for (var i = first; i <= last; i++)
            _counts[other._offset + i - _offset] += other._counts[i];
    }

    /// <summary>Forgets every value; keeps the buckets' memory.</summary>
    public void Clear()
    {
        Array.Clear(_counts);
        _zeros = 0;
        Count = 0;
        Min = double.NaN;
        Max = double.NaN;
    }

    /// <summary>
    /// The <paramref name="q"/>-quantile, 0 ≤ q ≤ 1: within <see cref="RelativeAccuracy"/> of the value
    /// of rank ⌊q(n - 1)⌋ among the n values sorted; NaN when empty.
    /// </summary>
    public double Quantile(double q)
    {
        if (!(q >= 0 && q <= 1))
            throw new ArgumentOutOfRangeException(nameof(q), q, "the quantile must lie from 0 to 1");
        if (Count == 0)
            return double.NaN;
        var rank = (long)Math.Floor(q * (Count - 1));
        if (rank == 0 || rank < _zeros)
            return Min;
        if (rank == Count - 1)
            return Max;
        var seen = _zeros;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen > rank)
                return Math.Clamp(2 * Math.Pow(Gamma, i + _offset) / (Gamma + 1), Min, Max);
        }
        return Max;
    }

    /// <summary>The sketch as its non-empty range of buckets, for storing; <see cref="FromBuckets"/> reads it back into an identical sketch.</summary>
    public SketchBuckets ToBuckets()
    {
        var first = Array.FindIndex(_counts, c => c != 0);
        if (first < 0)
            return new SketchBuckets(_zeros, Min, Max, 0, []);
        var last = Array.FindLastIndex(_counts, c => c != 0);
        return new SketchBuckets(_zeros, Min, Max, _offset + first, _counts[first..(last + 1)]);
    }

    /// <summary>
    /// The sketch <paramref name="buckets"/> was made from: every quantile and every merge the same, bit for bit.
    /// Throws <see cref="ArgumentException"/> when the buckets cannot come from a sketch (a negative count, a
    /// minimum above the maximum, NaN bounds with values or finite bounds without, buckets that do not hold the
    /// minimum and the maximum).
    /// </summary>
    public static QuantileSketch FromBuckets(SketchBuckets buckets)
    {
        ArgumentNullException.ThrowIfNull(buckets);
        ArgumentNullException.ThrowIfNull(buckets.Counts);
        if (buckets.Zeros < 0 || buckets.Counts.Any(c => c < 0))
            throw new ArgumentException("a sketch's counts are 0 or more", nameof(buckets));
        var count = buckets.CountValues();
        var bounded = buckets.Min >= 0 && buckets.Min <= buckets.Max && double.IsFinite(buckets.Max);
        if (count > 0 ? !bounded : !(double.IsNaN(buckets.Min) && double.IsNaN(buckets.Max)))
            throw new ArgumentException($"a sketch of {count} values with minimum {buckets.Min} and maximum {buckets.Max}", nameof(buckets));
        if (Misplaced(buckets) is { } misplaced)
            throw new ArgumentException(misplaced, nameof(buckets));
        var sketch = new QuantileSketch
        {
            _counts = [.. buckets.Counts],
            _offset = buckets.Start,
            _zeros = buckets.Zeros,
            Count = count,
            Min = buckets.Min,
            Max = buckets.Max,
        };
        return sketch;
    }

    /// <summary>
    /// Why the buckets cannot hold values from <see cref="SketchBuckets.Min"/> to <see cref="SketchBuckets.Max"/>, or null:
    /// the last non-empty bucket holds the maximum, the first the minimum (or, with values counted as zero, lies at or above
    /// the first bucket above zero), and the zeros agree with the minimum. A start that disagrees misplaced every quantile
    /// (each is clamped to min and max, so quietly), and one far off overflowed a merge's indices or asked for gigabytes.
    /// </summary>
    /// <remarks>
    /// A bucket either way is allowed: a bucket index is the ceiling of a logarithm, and a machine whose Math.Log differs in
    /// the last bit (another shard's) could put a value on a bucket's edge into its neighbour.
    /// </remarks>
    private static string? Misplaced(SketchBuckets buckets)
    {
        var counts = buckets.Counts;
        var first = -1;
        var last = -1;
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i] == 0)
                continue;
            if (first < 0)
                first = i;
            last = i;
        }
        var (zeros, min, max) = (buckets.Zeros, buckets.Min, buckets.Max);
        if (zeros == 0 && first < 0)
            return null; // empty: its NaN bounds were checked
        if (zeros > 0 && min > MinIndexable)
            return Text($"{zeros} values are counted as zero (at most {MinIndexable}), but the minimum is {min}");
        if (zeros == 0 && min <= MinIndexable)
            return Text($"no value is counted as zero, but the minimum {min} is at most {MinIndexable}, where values count as zero");
        if (first < 0)
            return max > MinIndexable ? Text($"no bucket above zero counts a value, but the maximum is {max}") : null;
        var low = buckets.Start + (long)first;
        var high = buckets.Start + (long)last;
        if (Math.Abs(high - Index(max)) > 1)
            return Text($"start is {buckets.Start}, so the last non-empty bucket is {high}, but the maximum {max} falls in bucket {Index(max)}");
        if (zeros == 0 && Math.Abs(low - Index(min)) > 1)
            return Text($"start is {buckets.Start}, so the first non-empty bucket is {low}, but the minimum {min} falls in bucket {Index(min)}");
        if (zeros > 0 && low < Index(MinIndexable) - 1)
            return Text($"start is {buckets.Start}, so the first non-empty bucket is {low}, below bucket {Index(MinIndexable)} of the smallest value above zero");
        return null;
    }

    private static string Text(FormattableString message) => FormattableString.Invariant(message);

    private static int Index(double value) => (int)Math.Ceiling(Math.Log(value) * InverseLogGamma);

    /// <summary>Grows the buckets to cover indices <paramref name="low"/>..<paramref name="high"/>; returns high's slot.</summary>
    private int Cover(int low, int high)
    {
        if (_counts.Length == 0)
        {
            // Room for a factor of about 10 either side of the first value: one allocation for most runs.
            const int Margin = 256;
            _offset = low - Margin;
            _counts = new long[high - low + 1 + 2 * Margin];
            return high - _offset;
        }
        var start = Math.Min(low, _offset);
        var end = Math.Max(high, _offset + _counts.Length - 1);
        if (start < _offset || end >= _offset + _counts.Length)
        {
            // Grow by at least half again so a slowly drifting stream reallocates rarely.
            var extra = Math.Max(_counts.Length / 2, 16);
            if (start < _offset)
                start -= extra;
            if (end >= _offset + _counts.Length)
                end += extra;
            var grown = new long[end - start + 1];
            Array.Copy(_counts, 0, grown, _offset - start, _counts.Length);
            _counts = grown;
            _offset = start;
        }
        return high - _offset;
    }
}
