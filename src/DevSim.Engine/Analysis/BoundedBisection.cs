namespace DevSim.Engine.Analysis;

/// <summary>
/// A bisection that always ends, for every search over a positive quantity (the stability limit of
/// <see cref="StabilitySearch"/>, and any later one): it stops when the bracket is narrower than the tolerance
/// times its upper end, with the tolerance never finer than <see cref="ToleranceFloor"/>, after at most
/// <see cref="MaxSteps"/> halvings, or when no number lies strictly between the two ends.
/// </summary>
/// <remarks>
/// A tolerance finer than the arithmetic resolves (<c>--tolerance 1e-20</c>: doubles near 12 are 1.8e-15
/// apart) once bisected for ever, as the midpoint came back equal to an end. The floor of 1e-9 is far finer
/// than any simulated verdict can tell apart, and from a bracket as wide as its upper end it is reached in
/// 30 halvings; <see cref="MaxSteps"/> bounds a caller whose bracket starts wider still.
/// </remarks>
public static class BoundedBisection
{
    /// <summary>The finest relative tolerance a bisection honours: 1e-9 of the bracket's upper end.</summary>
    public const double ToleranceFloor = 1e-9;

    /// <summary>The most halvings one bisection makes: 64.</summary>
    public const int MaxSteps = 64;

    /// <summary>The tolerance a bisection asked for <paramref name="tolerance"/> uses: never below <see cref="ToleranceFloor"/>.</summary>
    public static double Effective(double tolerance) => Math.Max(tolerance, ToleranceFloor);

    /// <summary>
    /// Narrows [<paramref name="lower"/>, <paramref name="upper"/>] by halving: <paramref name="isLowSide"/> says whether a
    /// midpoint belongs to the lower end's side (it becomes the new lower end) or the upper's.
    /// </summary>
    /// <param name="lower">The lower end; positive.</param>
    /// <param name="upper">The upper end; above <paramref name="lower"/>.</param>
    /// <param name="tolerance">Stop when the bracket is narrower than this share of its upper end (at least <see cref="ToleranceFloor"/> is used).</param>
    /// <param name="isLowSide">The test of a midpoint, called once per step.</param>
    /// <returns>The final bracket and the number of midpoints tested.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The bracket is not two finite, positive, ordered ends, or the tolerance is not in (0, 1).</exception>
    public static (double Lower, double Upper, int Steps) Narrow(double lower, double upper, double tolerance, Func<double, bool> isLowSide)
    {
        ArgumentNullException.ThrowIfNull(isLowSide);
        if (!(lower > 0) || !double.IsFinite(lower))
            throw new ArgumentOutOfRangeException(nameof(lower), lower, "expected a positive, finite lower end");
        if (!(upper > lower) || !double.IsFinite(upper))
            throw new ArgumentOutOfRangeException(nameof(upper), upper, "expected a finite upper end above the lower one");
        if (!(tolerance is > 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "expected a share in (0, 1)");
        var share = Effective(tolerance);
        var steps = 0;
        while (upper - lower > share * upper && steps < MaxSteps)
        {
            var middle = (lower + upper) / 2;
            if (middle <= lower || middle >= upper)
                break; // no number between the ends: the bracket is as narrow as doubles go
            steps++;
            if (isLowSide(middle))
                lower = middle;
            else
                upper = middle;
        }
        return (lower, upper, steps);
    }
}
