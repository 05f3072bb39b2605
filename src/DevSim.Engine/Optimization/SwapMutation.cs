using DevSim.Engine.Randomness;

namespace DevSim.Engine.Optimization;

/// <summary>Exchanges the tasks at two distinct random positions.</summary>
public sealed class SwapMutation : IPermutationMutation
{
    /// <inheritdoc />
    public string Name => "swap";

    /// <inheritdoc />
    public void Mutate(Span<int> sequence, ref SplitMix64 random)
    {
        if (sequence.Length < 2)
            return;
        var cut = CutPoints.Random(sequence.Length - 1, ref random); // two distinct positions in 0..n-1
        (sequence[cut.Start], sequence[cut.End]) = (sequence[cut.End], sequence[cut.Start]);
    }
}
