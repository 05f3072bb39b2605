using DevSim.Engine.Randomness;

namespace DevSim.Engine.Optimization;

/// <summary>Helpers for permutations of 0..n-1.</summary>
public static class Permutations
{
    /// <summary>Whether <paramref name="values"/> holds each of 0..n-1 exactly once.</summary>
    public static bool IsPermutation(ReadOnlySpan<int> values)
    {
        var seen = new bool[values.Length];
        foreach (var v in values)
        {
            if (v < 0 || v >= values.Length || seen[v])
                return false;
            seen[v] = true;
        }
        return true;
    }

    /// <summary>A uniformly random permutation (Fisher-Yates).</summary>
    public static void Shuffle(Span<int> values, ref SplitMix64 random)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = (int)(random.NextUInt64() % (ulong)(i + 1));
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    /// <summary>n! for n &lt;= 20.</summary>
    public static long Factorial(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 20);
        long f = 1;
        for (var i = 2; i <= n; i++)
            f *= i;
        return f;
    }

    /// <summary>Writes the permutation of lexicographic rank <paramref name="rank"/> (0-based) into <paramref name="target"/>.</summary>
    public static void Unrank(long rank, Span<int> target)
    {
        var n = target.Length;
        Span<bool> used = stackalloc bool[n];
        for (var i = 0; i < n; i++)
        {
            var f = Factorial(n - 1 - i);
            var k = (int)(rank / f);
            rank %= f;
            for (var v = 0; v < n; v++)
            {
                if (used[v])
                    continue;
                if (k-- == 0)
                {
                    target[i] = v;
                    used[v] = true;
                    break;
                }
            }
        }
    }

    /// <summary>Advances to the next permutation in lexicographic order; false after the last.</summary>
    public static bool Next(Span<int> values)
    {
        var i = values.Length - 2;
        while (i >= 0 && values[i] >= values[i + 1])
            i--;
        if (i < 0)
            return false;
        var j = values.Length - 1;
        while (values[j] <= values[i])
            j--;
        (values[i], values[j]) = (values[j], values[i]);
        values[(i + 1)..].Reverse();
        return true;
    }

    internal static void CheckParents(ReadOnlySpan<int> first, ReadOnlySpan<int> second, Span<int> child)
    {
        if (first.Length != second.Length || child.Length != first.Length)
            throw new ArgumentException($"parents and child must have one length (got {first.Length}, {second.Length}, {child.Length})");
        if (first.Length == 0)
            throw new ArgumentException("a permutation needs at least one element");
    }
}
