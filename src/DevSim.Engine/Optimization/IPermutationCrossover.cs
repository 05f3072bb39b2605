using DevSim.Engine.Randomness;

namespace DevSim.Engine.Optimization;

/// <summary>Combines two parent permutations into a child permutation.</summary>
public interface IPermutationCrossover
{
    /// <summary>A short name for reports (pmx, ox1).</summary>
    string Name { get; }

    /// <summary>Writes into <paramref name="child"/> a child of <paramref name="first"/> and <paramref name="second"/>, with random cut points.</summary>
    void Cross(ReadOnlySpan<int> first, ReadOnlySpan<int> second, Span<int> child, ref SplitMix64 random);
}
