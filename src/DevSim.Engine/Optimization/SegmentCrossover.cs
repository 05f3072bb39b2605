using DevSim.Engine.Randomness;

namespace DevSim.Engine.Optimization;

/// <summary>
/// A crossover that copies the first parent's segment between two cut points and fills the rest
/// from the second parent. Validates the arguments, then calls the unchecked <see cref="PerformCross"/>.
/// </summary>
public abstract class SegmentCrossover : IPermutationCrossover
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public void Cross(ReadOnlySpan<int> first, ReadOnlySpan<int> second, Span<int> child, ref SplitMix64 random) =>
        Cross(first, second, child, CutPoints.Random(first.Length, ref random));

    /// <summary>The crossover with given cut points; parents are permutations of 0..n-1 of one length.</summary>
    public void Cross(ReadOnlySpan<int> first, ReadOnlySpan<int> second, Span<int> child, CutPoints cut)
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
        PerformCross(first, second, child, cut, inSegment);
    }

    /// <summary>Fills the positions of <paramref name="child"/> outside the segment, which is already copied.</summary>
    /// <param name="first">The parent whose segment the child holds.</param>
    /// <param name="second">The other parent.</param>
    /// <param name="child">The child, its segment filled.</param>
    /// <param name="cut">The segment [Start, End).</param>
    /// <param name="inSegment">Whether each value lies in the copied segment.</param>
    protected abstract void PerformCross(ReadOnlySpan<int> first, ReadOnlySpan<int> second, Span<int> child, CutPoints cut, ReadOnlySpan<bool> inSegment);
}
