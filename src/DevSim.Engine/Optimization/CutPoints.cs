using DevSim.Engine.Randomness;

namespace DevSim.Engine.Optimization;

/// <summary>Two cut points 0 &lt;= start &lt; end &lt;= n delimiting the segment [start, end) that a crossover copies.</summary>
public readonly record struct CutPoints(int Start, int End)
{
    /// <summary>Uniformly random distinct cut points for a permutation of length <paramref name="n"/> (n &gt;= 1).</summary>
    public static CutPoints Random(int n, ref SplitMix64 random)
    {
        var a = (int)(random.NextUInt64() % (ulong)(n + 1));
        var b = (int)(random.NextUInt64() % (ulong)n);
        if (b >= a)
            b++; // b is uniform over 0..n without a
        return a < b ? new CutPoints(a, b) : new CutPoints(b, a);
    }

    internal void Check(int n)
    {
        if (Start < 0 || End > n || Start >= End)
            throw new ArgumentException($"cut points ({Start}, {End}) must satisfy 0 <= start < end <= {n}");
    }
}
