namespace DevSim.Engine.Optimization;

/// <summary>
/// OX1, order crossover (Davis 1985): the child takes the first parent's segment between the cut
/// points; the other positions, from the second cut point on and wrapping around, receive the
/// second parent's remaining values in the order they appear in it from the second cut point.
/// </summary>
public sealed class OrderedCrossover : SegmentCrossover
{
    /// <inheritdoc />
    public override string Name => "ox1";

    /// <inheritdoc />
    protected override void PerformCross(ReadOnlySpan<int> first, ReadOnlySpan<int> second, Span<int> child, CutPoints cut, ReadOnlySpan<bool> inSegment)
    {
        var n = first.Length;
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
