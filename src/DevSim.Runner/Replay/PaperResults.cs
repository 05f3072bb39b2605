namespace DevSim.Runner.Replay;

/// <summary>
/// What Kang &amp; Hong (2007) report, exactly as printed, each with the table, figure or section it
/// comes from (docs/model.md#what-the-paper-reports). These are the only fixed numbers in the replay:
/// everything DevSim reports beside them is computed by the run, and the report, its headlines and
/// its plots take the paper's numbers from here (a test checks the report's source holds none).
/// </summary>
internal static class PaperResults
{
    /// <summary>Table 3 (section 5.2): the optimal sequence the paper's GA found.</summary>
    public static readonly int[] OptimalSequence = [5, 9, 3, 2, 7, 6, 4, 8, 1];

    /// <summary>Table 3: the optimal sequence's expected single-project duration.</summary>
    public const double OptimalMean = 59.074;

    /// <summary>Table 3: the optimal sequence's standard deviation.</summary>
    public const double OptimalSd = 4.478;

    /// <summary>Table 3: the worst sequence the paper's GA found (maximising).</summary>
    public static readonly int[] WorstSequence = [1, 6, 8, 3, 9, 7, 4, 5, 2];

    /// <summary>Table 3: the worst sequence's expected single-project duration.</summary>
    public const double WorstMean = 108.099;

    /// <summary>Table 3: the worst sequence's standard deviation.</summary>
    public const double WorstSd = 13.205;

    /// <summary>
    /// Section 5.4: the mouse process's total duration as the text states it (Table 1 sums to 56;
    /// docs/model.md#decision-table-1-stands).
    /// </summary>
    public const double StatedTotalDuration = 54;

    /// <summary>Section 5.3 (Figure 7): projects generated per setting.</summary>
    public const int ProjectsPerSetting = 20_000;

    /// <summary>Section 5.3: the mean interarrival time at which Figures 7 to 9 are read.</summary>
    public const double CongestedInterarrival = 13;

    /// <summary>Section 5.3 (Figure 7) at <see cref="CongestedInterarrival"/>: dynamic's mean duration is shorter by this share.</summary>
    public const double DurationReductionAt13 = 0.371;

    /// <summary>Section 5.3 (Figure 7) at 13: dynamic's duration standard deviation is smaller by this share.</summary>
    public const double SdReductionAt13 = 0.445;

    /// <summary>Section 5.3 (Figure 7): the advantage is no longer significant at this interarrival; static is better beyond it.</summary>
    public const double NoDifferenceInterarrival = 16;

    /// <summary>Section 5.3 (Figure 8) at 13: dynamic's mean waiting time is smaller by this share.</summary>
    public const double WaitingReductionAt13 = 0.504;

    /// <summary>
    /// Section 5.3 (Figure 9): the paper's "resource 2", where projects queue longest; DevSim finds it
    /// by the name of the task it performs.
    /// </summary>
    public static readonly PaperResource QueueResource = new(2, "Top case design");

    /// <summary>Section 5.3 (Figure 9): the paper's "resource 6", to which much of resource 2's load moves under dynamic sequencing.</summary>
    public static readonly PaperResource RelievingResource = new(6, "Microprocessor design");

    /// <summary>Section 5.3 (Figure 9) at 13: average projects waiting at <see cref="QueueResource"/> under static sequencing.</summary>
    public const double QueueStatic = 16;

    /// <summary>Section 5.3 (Figure 9) at 13: the same under dynamic sequencing.</summary>
    public const double QueueDynamic = 6.6;

    /// <summary>Section 6.2: with the worst sequence durations grow without bound below this mean interarrival.</summary>
    public const double WorstStabilityLimit = 36;

    /// <summary>Section 5.4: every task of the balanced process takes this long.</summary>
    public const double BalancedTaskDuration = 6;

    /// <summary>Section 5.4: the balanced process's optimal sequence.</summary>
    public static readonly int[] BalancedOptimalSequence = [8, 7, 5, 9, 2, 3, 4, 6, 1];
}
