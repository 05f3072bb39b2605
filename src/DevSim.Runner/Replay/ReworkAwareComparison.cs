using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Runner.Replay;

/// <summary>Where the rework-aware policy stands at one grid point, against issue 9's bar.</summary>
internal enum ReworkAwareVerdict
{
    /// <summary>Shorter than static and than dynamic, each paired 95% CI below 0 (or that policy overloaded).</summary>
    ShorterThanBoth,

    /// <summary>Not significantly longer than the better of static and dynamic.</summary>
    AsShortAsTheBetter,

    /// <summary>Longer than the better of static and dynamic beyond the paired 95% CI, or overloaded where it is not.</summary>
    LongerThanTheBetter,

    /// <summary>All three policies are overloaded: no steady state to compare.</summary>
    Overloaded,
}

/// <summary>
/// The rework-aware policy against static and dynamic at one grid point. The three ran with the same
/// seed, so replication r of each saw the same arrivals and task streams, and every difference is
/// summarised replication by replication.
/// </summary>
internal sealed record ReworkAwareComparison(double Interarrival, GridPoint Static, GridPoint Dynamic, GridPoint ReworkAware)
{
    /// <summary>The better (shorter mean duration) of static and dynamic among the stable ones, or null when both are overloaded.</summary>
    public GridPoint? Better { get; } =
        Static.Overloaded && Dynamic.Overloaded ? null
        : Static.Overloaded ? Dynamic
        : Dynamic.Overloaded ? Static
        : Dynamic.Result.Duration.Mean < Static.Result.Duration.Mean ? Dynamic : Static;

    /// <summary>Rework-aware − static mean duration, paired by replication.</summary>
    public SampleSummary VersusStatic { get; } = Paired(ReworkAware, Static);

    /// <summary>Rework-aware − dynamic mean duration, paired by replication.</summary>
    public SampleSummary VersusDynamic { get; } = Paired(ReworkAware, Dynamic);

    /// <summary>Rework-aware − the better of static and dynamic, paired by replication.</summary>
    public SampleSummary VersusBetter => Better == Dynamic ? VersusDynamic : VersusStatic;

    public ReworkAwareVerdict Verdict =>
        ReworkAware.Overloaded ? (Better is null ? ReworkAwareVerdict.Overloaded : ReworkAwareVerdict.LongerThanTheBetter)
        : Below(Static, VersusStatic) && Below(Dynamic, VersusDynamic) ? ReworkAwareVerdict.ShorterThanBoth
        : VersusBetter.Ci95.Lower > 0 ? ReworkAwareVerdict.LongerThanTheBetter
        : ReworkAwareVerdict.AsShortAsTheBetter;

    /// <summary>Rework time per project under each policy: static, dynamic, rework-aware.</summary>
    public (double Static, double Dynamic, double ReworkAware) Rework =>
        (Static.Result.Rework.Mean, Dynamic.Result.Rework.Mean, ReworkAware.Result.Rework.Mean);

    /// <summary>The resource with the highest offered load under rework-aware, and that resource's load under each policy.</summary>
    public (string Resource, double Static, double Dynamic, double ReworkAware) BusiestResource
    {
        get
        {
            var i = ReworkAware.Result.Resources.Select((r, k) => (r.OfferedLoad, k)).Max().k;
            return (ReworkAware.Result.Resources[i].Name, Static.Result.Resources[i].OfferedLoad, Dynamic.Result.Resources[i].OfferedLoad,
                ReworkAware.Result.Resources[i].OfferedLoad);
        }
    }

    private static bool Below(GridPoint other, SampleSummary difference) => other.Overloaded || difference.Ci95.Upper < 0;

    private static SampleSummary Paired(GridPoint minuend, GridPoint subtrahend) =>
        SampleSummary.From(minuend.Result.Replications.Zip(subtrahend.Result.Replications, (a, b) => a.Duration.Mean - b.Duration.Mean));
}
