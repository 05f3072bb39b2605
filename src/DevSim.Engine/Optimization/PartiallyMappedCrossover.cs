namespace DevSim.Engine.Optimization;

/// <summary>
/// PMX, partially mapped crossover (Goldberg &amp; Lingle 1985), the paper's operator: the child
/// takes the first parent's segment between the cut points, and the second parent's values
/// elsewhere, each value that clashes with the segment replaced by following the mapping that
/// the segment defines between the parents.
/// </summary>
public sealed class PartiallyMappedCrossover : SegmentCrossover
{
    /// <inheritdoc />
    public override string Name => "pmx";

    /// <inheritdoc />
    protected override void PerformCross(ReadOnlySpan<int> first, ReadOnlySpan<int> second, Span<int> child, CutPoints cut, ReadOnlySpan<bool> inSegment)
    {
        var n = first.Length;
        Span<int> positionInFirst = n <= 256 ? stackalloc int[n] : new int[n];
        for (var i = 0; i < n; i++)
            positionInFirst[first[i]] = i;
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
