using System.Globalization;

namespace DevSim.Engine;

/// <summary>
/// The stated limits of a run, checked before any work starts so that an impossible request is refused
/// at once with the number and the limit, rather than running for hours or out of memory.
/// </summary>
public static class RunLimits
{
    /// <summary>
    /// Cells in one experiment: 1,000,000. Each cell is a file in the sweep's folder (about 1 kB), and
    /// merge holds every cell in memory; a million is already a gigabyte of small files.
    /// </summary>
    public const long MaxCells = 1_000_000;

    /// <summary>
    /// Projects simulated by one run or one experiment (projects x replications, over every grid point):
    /// 100,000,000,000, about 30 hours on two cores at the optical mouse's microsecond or so per project.
    /// </summary>
    public const long MaxProjects = 100_000_000_000;

    /// <summary>Replications of one <c>simulate</c> run: 1,000,000 (a result per replication is kept for the CIs).</summary>
    public const long MaxReplications = 1_000_000;

    /// <summary>Null when <paramref name="count"/> of <paramref name="what"/> is within <paramref name="limit"/>, else the refusal naming both.</summary>
    public static string? Exceeded(string what, long count, long limit) => count <= limit
        ? null
        : $"{count.ToString("N0", CultureInfo.InvariantCulture)} {what} is more than the limit of {limit.ToString("N0", CultureInfo.InvariantCulture)}";

    /// <summary>Multiplies without overflow, saturating at <see cref="long.MaxValue"/> (a count past it is past every limit).</summary>
    public static long Times(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
}
