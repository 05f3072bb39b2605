using System.Globalization;
using MathNet.Numerics.Distributions;

namespace DevSim.Runner.Output;

/// <summary>
/// The note a table gives under its settings when a CI rests on 2 to 4 replications: Student t on 1 to 3 degrees of freedom
/// puts 12.71 to 3.18 standard errors either side of the mean, so the interval is honest but wide
/// (docs/model.md#intervals-of-bounded-quantities-are-cut-at-their-bounds).
/// </summary>
internal static class FewReplications
{
    /// <summary>From this many replications on no note is given (t on 4 degrees of freedom: 2.78).</summary>
    public const int Enough = 5;

    /// <summary>The note for <paramref name="replications"/> given by <paramref name="option"/>, or null when there are none to make (1, or 5 and more).</summary>
    public static string? Note(int replications, string option)
    {
        if (replications is < 2 or >= Enough)
            return null;
        var t = StudentT.InvCDF(0, 1, replications - 1, 0.975);
        var enough = StudentT.InvCDF(0, 1, Enough - 1, 0.975);
        return $"{replications} replications: each 95% CI is {t.ToString("F2", CultureInfo.InvariantCulture)} standard errors either side of its mean " +
            $"(Student t, {replications - 1} degree{(replications == 2 ? "" : "s")} of freedom), so wide; {option} {Enough} or more brings that to " +
            $"{enough.ToString("F2", CultureInfo.InvariantCulture)} or less";
    }
}
