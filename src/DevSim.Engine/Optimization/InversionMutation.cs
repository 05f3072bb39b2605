using DevSim.Engine.Randomness;

namespace DevSim.Engine.Optimization;

/// <summary>Reverses the order of the tasks between two random cut points (Holland's inversion).</summary>
public sealed class InversionMutation : IPermutationMutation
{
    /// <inheritdoc />
    public string Name => "inversion";

    /// <inheritdoc />
    public void Mutate(Span<int> sequence, ref SplitMix64 random)
    {
        if (sequence.Length < 2)
            return;
        var cut = CutPoints.Random(sequence.Length, ref random);
        if (cut.End - cut.Start < 2)
            cut = cut.Start == 0 ? new CutPoints(0, 2) : new CutPoints(cut.End - 2, cut.End); // reverse at least two
        sequence[cut.Start..cut.End].Reverse();
    }
}
