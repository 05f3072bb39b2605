using DevSim.Engine.Randomness;

namespace DevSim.Engine.Optimization;

/// <summary>
/// OX1, order crossover (Davis 1985): the child takes the first parent's segment between the cut
/// points; the other positions, from the second cut point on and wrapping around, receive the
/// second parent's remaining values in the order they appear in it from the second cut point.
/// </summary>
public sealed class OrderedCrossover : IPermutationCrossover
{
    /// <inheritdoc />
    public string Name => "ox1";

    /// <inheritdoc />
    public void Cross(ReadOnlySpan<int> first, ReadOnlySpan<int> second, Span<int> child, ref SplitMix64 random) =>
        Cross(first, second, child, CutPoints.Random(first.Length, ref random));

    /// <summary>OX1 with given cut points; parents are permutations of 0..n-1.</summary>
    public static void Cross(ReadOnlySpan<int> first, ReadOnlySpan<int> second, Span<int> child, CutPoints cut)
    {
        Permutations.CheckParents(first, second, child);
        cut.Check(first.Length);
        var n = first.Length;
        Span<bool> inSegment = n <= 256 ? stackalloc bool[n] : new bool[n];
        for (var i = cut.Start; i < cut.End; i++)
        {
            child[i] = first[i];
            inSegment[first[i]] = true;
        }
        var write = cut.End % n;
        for (var k = 0; k < n; k++)
        {
            var value = second[(cut.End + k) % n];
            if (inSegment[value])
                continue;
            child[write] = value;
            write = (write + 1) % n;
        }
    }
}
