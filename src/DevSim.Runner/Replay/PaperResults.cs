namespace DevSim.Runner.Replay;

/// <summary>
/// What Kang &amp; Hong (2007) report, exactly as printed (MODEL.md section 7). These are the only
/// fixed numbers in the replay: everything DevSim reports beside them is computed by the run.
/// </summary>
internal static class PaperResults
{
    public static readonly int[] OptimalSequence = [5, 9, 3, 2, 7, 6, 4, 8, 1];
    public const double OptimalMean = 59.074;
    public const double OptimalSd = 4.478;

    public static readonly int[] WorstSequence = [1, 6, 8, 3, 9, 7, 4, 5, 2];
    public const double WorstMean = 108.099;
    public const double WorstSd = 13.205;

    /// <summary>Figure 7 at mean interarrival 13: dynamic's mean duration is shorter by this share.</summary>
    public const double DurationReductionAt13 = 0.371;

    /// <summary>Figure 7 at 13: dynamic's duration standard deviation is smaller by this share.</summary>
    public const double SdReductionAt13 = 0.445;

    /// <summary>Figure 7: the advantage is no longer significant at this interarrival; static is better beyond it.</summary>
    public const double NoDifferenceInterarrival = 16;

    /// <summary>Figure 8 at 13: dynamic's mean waiting time is smaller by this share.</summary>
    public const double WaitingReductionAt13 = 0.504;

    /// <summary>Figure 9 at 13: average projects waiting at resource 2, static and dynamic.</summary>
    public const double QueueResource2Static = 16;
    public const double QueueResource2Dynamic = 6.6;

    /// <summary>Section 6.2: with the worst sequence durations grow without bound below this mean interarrival.</summary>
    public const double WorstStabilityLimit = 36;

    /// <summary>Section 5.4: the balanced process's optimal sequence.</summary>
    public static readonly int[] BalancedOptimalSequence = [8, 7, 5, 9, 2, 3, 4, 6, 1];

    /// <summary>The interarrival time at which Figures 8 and 9 are read.</summary>
    public const double CongestedInterarrival = 13;
}
