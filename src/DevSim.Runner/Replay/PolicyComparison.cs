using DevSim.Engine.Statistics;

namespace DevSim.Runner.Replay;

/// <summary>Which policy a paired comparison favours.</summary>
internal enum Verdict
{
    /// <summary>Dynamic's mean duration is shorter (the paired 95% CI of static − dynamic is above 0).</summary>
    DynamicBetter,

    /// <summary>The paired CI contains 0.</summary>
    NoDifference,

    /// <summary>Static's mean duration is shorter.</summary>
    StaticBetter,

    /// <summary>At least one of the two runs is overloaded, so there is no steady state to compare.</summary>
    Overloaded,
}

/// <summary>
/// Static versus dynamic at one grid point. Both ran with the same seed, so replication r of each saw
/// the same arrivals and task streams; the differences are summarised replication by replication.
/// </summary>
internal sealed record PolicyComparison(double Interarrival, GridPoint Static, GridPoint Dynamic)
{
    /// <summary>Static − dynamic mean duration, paired by replication.</summary>
    public SampleSummary DurationDifference { get; } = Paired(Static, Dynamic, r => r.Duration.Mean);

    /// <summary>Static − dynamic mean waiting time, paired by replication.</summary>
    public SampleSummary WaitingDifference { get; } = Paired(Static, Dynamic, r => r.Waiting);

    /// <summary>Static − dynamic standard deviation of durations within a replication, paired by replication.</summary>
    public SampleSummary SdDifference { get; } = Paired(Static, Dynamic, r => r.Duration.Sd);

    /// <summary>The share by which dynamic shortens the mean duration (negative when it lengthens it).</summary>
    public double DurationReduction => 1 - Dynamic.Result.Duration.Mean / Static.Result.Duration.Mean;

    /// <summary>The share by which dynamic shrinks the within-run standard deviation of durations.</summary>
    public double SdReduction => 1 - Dynamic.Result.DurationSd / Static.Result.DurationSd;

    /// <summary>The share by which dynamic shortens the mean waiting time.</summary>
    public double WaitingReduction => 1 - Dynamic.Result.Waiting.Mean / Static.Result.Waiting.Mean;

    /// <summary>
    /// Rework time per project that dynamic adds (dynamic − static). A project's duration is its
    /// waiting plus its work, and first executions are the same under both policies, so the duration
    /// difference is the waiting saved minus this.
    /// </summary>
    public double AddedRework => Dynamic.Result.Rework.Mean - Static.Result.Rework.Mean;

    /// <summary>Waiting time per project that dynamic saves (static − dynamic).</summary>
    public double SavedWaiting => Static.Result.Waiting.Mean - Dynamic.Result.Waiting.Mean;

    public Verdict Verdict => Decide(DurationDifference);

    /// <summary>The same verdict for waiting times.</summary>
    public Verdict WaitingVerdict => Decide(WaitingDifference);

    /// <summary>The same verdict for the spread of durations: <see cref="Verdict.DynamicBetter"/> when dynamic's sd is smaller.</summary>
    public Verdict SdVerdict => Decide(SdDifference);

    private Verdict Decide(SampleSummary difference) =>
        Static.Overloaded || Dynamic.Overloaded ? Verdict.Overloaded
        : difference.Ci95.Lower > 0 ? Verdict.DynamicBetter
        : difference.Ci95.Upper < 0 ? Verdict.StaticBetter
        : Verdict.NoDifference;

    private static SampleSummary Paired(GridPoint statics, GridPoint dynamics, Func<Engine.Simulation.ReplicationResult, double> measure) =>
        SampleSummary.From(statics.Result.Replications.Zip(dynamics.Result.Replications, (s, d) => measure(s) - measure(d)));
}
