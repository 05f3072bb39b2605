using DevSim.Engine.Randomness;

namespace DevSim.Engine.Optimization;

/// <summary>
/// PMX, partially mapped crossover (Goldberg &amp; Lingle 1985), the paper's operator: the child
/// takes the first parent's segment between the cut points, and the second parent's values
/// elsewhere, each value that clashes with the segment replaced by following the mapping that
/// the segment defines between the parents.
/// </summary>
public sealed class PartiallyMappedCrossover : IPermutationCrossover
{
    /// <inheritdoc />
    public string Name => "pmx";

    /// <inheritdoc />
    public void Cross(ReadOnlySpan<int> first, ReadOnlySpan<int> second, Span<int> child, ref SplitMix64 random) =>
        Cross(first, second, child, CutPoints.Random(first.Length, ref random));

    /// <summary>PMX with given cut points; parents are permutations of 0..n-1.</summary>
    public static void Cross(ReadOnlySpan<int> first, ReadOnlySpan<int> second, Span<int> child, CutPoints cut)
    {
        Permutations.CheckParents(first, second, child);
        cut.Check(first.Length);
        var n = first.Length;
        Span<int> positionInFirst = n <= 256 ? stackalloc int[n] : new int[n];
        Span<bool> inSegment = n <= 256 ? stackalloc bool[n] : new bool[n];
        for (var i = 0; i < n; i++)
            positionInFirst[first[i]] = i;
        for (var i = cut.Start; i < cut.End; i++)
        {
            child[i] = first[i];
            inSegment[first[i]] = true;
        }
        for (var i = 0; i < n; i++)
        {
            if (i >= cut.Start && i < cut.End)
                continue;
            var value = second[i];
            while (inSegment[value])
                value = second[positionInFirst[value]]; // follow the mapping first[k] -> second[k]
            child[i] = value;
        }
    }
}
