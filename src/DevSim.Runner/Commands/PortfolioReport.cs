using DevSim.Engine.Portfolios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;
using DevSim.Runner.Output;

namespace DevSim.Runner.Commands;

/// <summary>
/// What <c>devsim portfolio --format json</c> prints: per type, overall, per resource with each type's share, the verdict, every
/// setting and <c>warnings</c> (the lines the tables print in yellow: a due date no project of a type can meet; empty when none).
/// </summary>
internal sealed record PortfolioReport(
    string Portfolio, IReadOnlyList<PortfolioReport.TypeBlock> Types, PortfolioReport.TypeBlock Overall, IReadOnlyList<PortfolioReport.ResourceRow> Resources,
    string Verdict, IReadOnlyList<string> Reasons, PortfolioReport.SettingsBlock Settings, long Events, double ElapsedSeconds,
    IReadOnlyList<string> Warnings)
{
    public sealed record MeanBlock(double Mean, double[] Ci95);

    public sealed record TypeBlock(string Name, long Counted, MeanBlock Duration, double P50, double P90, double P99, MeanBlock Waiting, MeanBlock BacklogWait,
        MeanBlock Rework, MeanBlock Tardiness, MeanBlock OnTime);

    public sealed record TypeShare(string Type, double Share, double OfferedLoad);

    /// <remarks><c>offeredLoadCiReason</c> says why <c>offeredLoad.ci95</c> is null (null when it is not).</remarks>
    public sealed record ResourceRow(string Name, int Capacity, MeanBlock Utilization, MeanBlock OfferedLoad, MeanBlock Queue, MeanBlock Wait, IReadOnlyList<TypeShare> ByType)
    {
        public string? OfferedLoadCiReason { get; init; }
    }

    public sealed record TypeSettings(string Name, string Scenario, string Policy, IReadOnlyList<int> Sequence, string Arrivals, double Interarrival, int Priority,
        double? DueAllowance, int? WipCap);

    public sealed record SettingsBlock(string Discipline, int? WipCap, double LoadFactor, int Projects, int Warmup, string WarmupRule, int Reps, ulong Seed,
        int MaxInSystem, IReadOnlyList<TypeSettings> Types);

    public static PortfolioReport From(PortfolioResult r, double loadFactor, string warmupRule, double elapsedSeconds)
    {
        var all = r.All;
        var steady = all.SteadyState ?? throw new ArgumentException("the result has no steady-state diagnostics", nameof(r));
        var o = all.Options;
        var p = r.Portfolio;
        var shares = r.ShareByType;
        return new PortfolioReport(p.Name, [.. r.Types.Select(Type)], Type(r.Overall),
            [.. all.Resources.Select((x, i) => new ResourceRow(x.Name, x.Capacity, Mean(x.Utilization), new MeanBlock(x.OfferedLoad, BoundedCi.NonNegative(steady.Loads[i].Ci95)),
                Mean(x.Queue), Mean(x.Wait), [.. p.Types.Select((t, k) => new TypeShare(t.Name, shares[i][k], r.LoadByType[i][k]))])
            {
                OfferedLoadCiReason = double.IsNaN(steady.Loads[i].Ci95.Lower) ? NoLoadCi(r, i) : null,
            })],
            steady.Verdict.ToString().ToLowerInvariant(), steady.Reasons,
            new SettingsBlock(p.Discipline.Name(), p.WipCap, loadFactor, o.Projects, o.EffectiveWarmup, warmupRule, o.Replications, o.Seed, o.MaxProjectsInSystem,
                [.. p.Types.Select(t => new TypeSettings(t.Name, t.Scenario.Name, t.Policy.Name(), [.. t.Sequence ?? t.Scenario.DefaultSequence], ArrivalsName(t.Arrivals),
                    t.Arrivals.MeanInterarrival, t.Priority, t.DueAllowance, t.WipCap))]),
            all.Events, elapsedSeconds, DueDateWarnings.Of(p));
    }

    /// <summary>
    /// Why resource <paramref name="resource"/>'s offered load has no CI. A replication's load is the sum of each type's rate times
    /// its mean work per project finished, so a replication in which some type finished no project (starved behind a WIP cap or
    /// the discipline, or too few arrivals) has no load of its own; the CI is across the replications that do, and needs two.
    /// </summary>
    internal static string NoLoadCi(PortfolioResult r, int resource)
    {
        var reps = r.All.Replications;
        var known = reps.Count(x => double.IsFinite(x.Resources[resource].OfferedLoad));
        var starved = r.Portfolio.Types.Select((t, k) => (t.Name, Reps: reps.Count(x => double.IsNaN(x.Portfolio!.LoadByType[resource][k]))))
            .Where(t => t.Reps > 0).Select(t => $"{t.Name} in {t.Reps} of {reps.Count} replications").ToList();
        var why = starved.Count > 0
            ? $"no project of {string.Join(", ", starved)} finished (starved by the WIP cap or the discipline, or too few arrivals), and a replication's load " +
                "needs every type's work per project"
            : "no replication finished a project";
        return $"no CI: {why}; {known} replication{(known == 1 ? "" : "s")} with a load, 2 needed (the load shown is {(known > 0 ? "their mean" : "not computed")}); " +
            "more --projects, or a higher WIP cap, let every type finish";
    }

    /// <summary>The arrival process's name as files spell it.</summary>
    public static string ArrivalsName(IArrivalProcess arrivals) => arrivals switch
    {
        PoissonArrivals => "poisson",
        FixedArrivals => "fixed",
        _ => "trace",
    };

    /// <summary>A group's measures as the JSON writes them (the portfolio sweep's merged results use the same blocks).</summary>
    internal static TypeBlock Type(TypeSummary t) => new(t.Name, t.Counted, Mean(t.Duration), t.Percentiles.P50, t.Percentiles.P90, t.Percentiles.P99, Mean(t.Waiting),
        Mean(t.BacklogWait), Mean(t.Rework), Mean(t.Tardiness), new MeanBlock(t.OnTime.Mean, BoundedCi.Share(t.OnTime.Ci95)));

    /// <summary>A non-negative measure's mean with its CI cut at 0 (docs/model.md#intervals-of-bounded-quantities-are-cut-at-their-bounds).</summary>
    private static MeanBlock Mean(SampleSummary s) => new(s.Mean, BoundedCi.NonNegative(s.Ci95));
}
