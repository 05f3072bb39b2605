using MathNet.Numerics.Distributions;

namespace DevSim.Engine.Fidelity;

/// <summary>
/// Welch's two-sample t test from summary statistics: the test a study would run treating the
/// projects of one run as independent samples (docs/model.md#significance-from-one-run). They are not
/// independent (projects queued together wait together), which is why DevSim compares replications.
/// </summary>
/// <param name="Difference">Mean a minus mean b.</param>
/// <param name="T">The t statistic.</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite degrees of freedom.</param>
/// <param name="PValue">Two-sided p-value.</param>
public sealed record WelchTest(double Difference, double T, double DegreesOfFreedom, double PValue)
{
    /// <summary>Whether the difference is significant at <paramref name="level"/> (two-sided).</summary>
    public bool Significant(double level = 0.05) => PValue < level;

    /// <summary>The test of sample a (mean, sd, size) against sample b; each needs at least two values.</summary>
    public static WelchTest Of(double meanA, double sdA, long countA, double meanB, double sdB, long countB)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(countA, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(countB, 2);
        var va = sdA * sdA / countA;
        var vb = sdB * sdB / countB;
        var difference = meanA - meanB;
        var se = Math.Sqrt(va + vb);
        if (!(se > 0))
            return new WelchTest(difference, difference == 0 ? 0 : double.PositiveInfinity * Math.Sign(difference), double.NaN, difference == 0 ? 1 : 0);
        var t = difference / se;
        var df = (va + vb) * (va + vb) / (va * va / (countA - 1) + vb * vb / (countB - 1));
        var p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        return new WelchTest(difference, t, df, p);
    }
}
