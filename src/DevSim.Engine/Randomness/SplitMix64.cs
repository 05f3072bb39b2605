using System.Runtime.CompilerServices;

namespace DevSim.Engine.Randomness;

/// <summary>
/// A tiny, fast, seedable pseudo-random stream (Steele, Lea &amp; Flood 2014, "Fast splittable
/// pseudorandom number generators"). Its whole state is one 64-bit word, so DevSim keeps one
/// stream per task per project in a flat array and re-seeds them for free; it passes BigCrush.
/// </summary>
/// <remarks>
/// Common random numbers need one stream per task per replication, re-seeded every replication.
/// MathNet's generators are objects (one allocation per seeding) and its fastest, Xoshiro256**,
/// draws 1.2 to 1.3 times slower than this struct (BENCHMARKS.md); a one-word struct costs nothing to
/// re-seed and lives in a flat array. Seeds come from <see cref="SeedMixer"/> (docs/model.md#splitmix64-generator).
/// </remarks>
public struct SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private const double UnitScale = 1.0 / (1UL << 53);

    private ulong _state;

    /// <summary>Starts a stream at <paramref name="seed"/>; every seed is valid.</summary>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>The next 64 uniformly distributed bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        _state += Gamma;
        return SeedMixer.Mix(_state);
    }

    /// <summary>Moves past one draw without computing it: the stream then continues exactly as if it had been drawn.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Skip() => _state += Gamma;

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (long)(NextUInt64() >> 11) * UnitScale; // below 2^53: as a signed number the conversion is one instruction, the value the same
}
