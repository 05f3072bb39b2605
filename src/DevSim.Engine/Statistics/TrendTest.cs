using MathNet.Numerics.Distributions;

namespace DevSim.Engine.Statistics;

/// <summary>
/// Is a series still drifting? The least-squares slope of a few large batch means against their
/// position, with a Student-t test of zero slope (n - 2 degrees of freedom). Batches large enough
/// to be nearly independent (20 over a run of thousands of projects) make the t test valid; a
/// queue still filling shows as a positive slope, one draining as a negative one.
/// </summary>
public static class TrendTest
{
    /// <summary>The fitted drift and its two-sided p-value; NaN for both below three means.</summary>
    public static Trend Of(IReadOnlyList<double> means)
    {
        ArgumentNullException.ThrowIfNull(means);
        var n = means.Count;
        if (n < 3)
            return new Trend(double.NaN, double.NaN, n);
        var xMean = (n - 1) / 2.0;
        var yMean = means.Average();
        double sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (i - xMean) * (i - xMean);
            sxy += (i - xMean) * (means[i] - yMean);
        }
        var slope = sxy / sxx;
        var residuals = 0.0;
        for (var i = 0; i < n; i++)
        {
            var e = means[i] - yMean - slope * (i - xMean);
            residuals += e * e;
        }
        var se = Math.Sqrt(residuals / (n - 2) / sxx);
        var drift = slope * (n - 1) / yMean;
        double p;
        if (se > 0)
            p = 2 * StudentT.CDF(0, 1, n - 2, -Math.Abs(slope / se));
        else
            p = slope == 0 ? 1 : 0;
        return new Trend(drift, p, n);
    }
}
