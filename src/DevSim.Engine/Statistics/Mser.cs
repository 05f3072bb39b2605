namespace DevSim.Engine.Statistics;

/// <summary>
/// The MSER truncation rule (White 1997, "An effective truncation heuristic for bias reduction in
/// simulation output", Simulation 69(6); applied to batch means of 5 as MSER-5 by White, Cobb &amp;
/// Spratt 2000): cut the first d batches where d minimises the squared standard error of the mean
/// of what remains, Σ_{j&gt;d} (Z_j - Z̄_d)² / (B - d)², searching d up to B/2 only because the
/// statistic is unreliable on short remainders.
/// </summary>
public static class Mser
{
    /// <summary>The number of batches to cut from the front of <paramref name="means"/>; 0 when fewer than 4.</summary>
    public static int Truncation(IReadOnlyList<double> means)
    {
        ArgumentNullException.ThrowIfNull(means);
        var b = means.Count;
        if (b < 4)
            return 0;
        // Centre on the overall mean so the suffix sums of squares lose nothing to cancellation.
        var centre = 0.0;
        for (var j = 0; j < b; j++)
            centre += means[j];
        centre /= b;
        var sum = 0.0;
        var squares = 0.0;
        var best = double.PositiveInfinity;
        var cut = 0;
        // Walk d downwards so the sums cover batches d..B-1.
        for (var j = b - 1; j >= 0; j--)
        {
            var z = means[j] - centre;
            sum += z;
            squares += z * z;
            if (j > b / 2)
                continue;
            var k = b - j;
            var statistic = (squares - sum * sum / k) / ((double)k * k);
            if (statistic <= best)
            {
                best = statistic;
                cut = j;
            }
        }
        return cut;
    }
}
