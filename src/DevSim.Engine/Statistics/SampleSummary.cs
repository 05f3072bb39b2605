using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace DevSim.Engine.Statistics;

/// <summary>Mean, standard deviation, standard error and 95% confidence interval of a sample.</summary>
/// <param name="Count">Sample size.</param>
/// <param name="Mean">Sample mean.</param>
/// <param name="StandardDeviation">Sample standard deviation (n - 1 denominator).</param>
/// <param name="StandardError">StandardDeviation / sqrt(Count).</param>
/// <param name="Ci95">Student-t 95% confidence interval for the mean; NaN bounds below two observations.</param>
public readonly record struct SampleSummary(long Count, double Mean, double StandardDeviation, double StandardError, Interval Ci95)
{
    /// <summary>Summarises accumulated statistics.</summary>
    public static SampleSummary From(RunningStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var n = statistics.Count;
        if (n < 2)
            return new SampleSummary(n, n == 1 ? statistics.Mean : double.NaN, double.NaN, double.NaN, new Interval(double.NaN, double.NaN));
        var sd = statistics.StandardDeviation;
        var se = sd / Math.Sqrt(n);
        var half = StudentT.InvCDF(0, 1, n - 1, 0.975) * se;
        return new SampleSummary(n, statistics.Mean, sd, se, new Interval(statistics.Mean - half, statistics.Mean + half));
    }

    /// <summary>Summarises a list of values (for example one mean per replication).</summary>
    public static SampleSummary From(IEnumerable<double> values) => From(new RunningStatistics(values));
}
