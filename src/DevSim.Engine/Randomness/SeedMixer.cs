using System.Runtime.CompilerServices;

namespace DevSim.Engine.Randomness;

/// <summary>
/// Derives independent seeds from a master seed and the identity of what is being simulated
/// (replication, project, task), never from scheduling order: the same seed gives the same
/// numbers on any number of threads. The keys in use: docs/model.md#stream-keys.
/// </summary>
public static class SeedMixer
{
    /// <summary>The SplitMix64 finaliser: a bijective 64-bit mix with full avalanche.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A seed for the child <paramref name="key"/> of <paramref name="parent"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Derive(ulong parent, ulong key) => DeriveMixed(parent, MixKey(key));

    /// <summary>
    /// The half of <see cref="Derive(ulong, ulong)"/> that depends on the key alone: precompute it when
    /// the same keys are derived from many parents (every project seeds its n task streams).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong MixKey(ulong key) => Mix(key + 0x632BE59BD9B4E019UL);

    /// <summary>The same seed as <see cref="Derive(ulong, ulong)"/>, from a key already passed through <see cref="MixKey"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong DeriveMixed(ulong parent, ulong mixedKey) => Mix(parent ^ mixedKey);

    /// <summary>A seed for the path <paramref name="first"/>/<paramref name="second"/> below <paramref name="parent"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Derive(ulong parent, ulong first, ulong second) =>
        Derive(Derive(parent, first), second);

    /// <summary>A stable 64-bit key for a name (FNV-1a over its UTF-8 bytes, then mixed): the same on every machine and run, unlike string.GetHashCode.</summary>
    public static ulong Hash(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = 0xCBF29CE484222325UL;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(name))
            hash = (hash ^ b) * 0x100000001B3UL;
        return Mix(hash);
    }
}
