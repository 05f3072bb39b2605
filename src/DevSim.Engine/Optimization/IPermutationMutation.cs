using DevSim.Engine.Randomness;

namespace DevSim.Engine.Optimization;

/// <summary>Changes a permutation in place, keeping it a permutation.</summary>
public interface IPermutationMutation
{
    /// <summary>A short name for reports (swap, inversion).</summary>
    string Name { get; }

    /// <summary>Mutates <paramref name="sequence"/> in place.</summary>
    void Mutate(Span<int> sequence, ref SplitMix64 random);
}
