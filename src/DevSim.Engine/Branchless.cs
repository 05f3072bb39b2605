using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace DevSim.Engine;

/// <summary>
/// The smaller or larger of two doubles without a branch. The JIT compiles <c>a &lt; b ? a : b</c> on
/// doubles to a jump, and where the two sides come up alike often (a resource touched twice at one
/// instant, before or inside the observation window) a mispredicted jump costs some twenty cycles on
/// this project's machine (BENCHMARKS.md, issue 28). SSE2's minsd and maxsd return exactly what the
/// comparisons written here return, NaNs and signed zeros included, so results stay bit for bit.
/// </summary>
internal static class Branchless
{
    /// <summary><c>a &lt; b ? a : b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Min(double a, double b) =>
        Sse2.IsSupported ? Sse2.MinScalar(Vector128.CreateScalarUnsafe(a), Vector128.CreateScalarUnsafe(b)).ToScalar() : a < b ? a : b;

    /// <summary><c>a &gt; b ? a : b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Max(double a, double b) =>
        Sse2.IsSupported ? Sse2.MaxScalar(Vector128.CreateScalarUnsafe(a), Vector128.CreateScalarUnsafe(b)).ToScalar() : a > b ? a : b;

    /// <summary><c>keep ? value : 0</c> (positive zero), through the bits of <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double OrZero(bool keep, double value) =>
        BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(value) & -(long)(keep ? 1 : 0));
}
