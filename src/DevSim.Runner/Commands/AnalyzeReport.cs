using DevSim.Engine.Analysis;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Runner.Commands;

/// <summary>The JSON contract of <c>devsim analyze</c>.</summary>
internal sealed record AnalyzeReport(
    string Scenario, int[] Sequence, ulong Seed, long Reps, double? Interarrival, AnalyzeReport.DurationRow Duration,
    IReadOnlyList<AnalyzeReport.ResourceRow> Resources, IReadOnlyList<AnalyzeReport.LimitRow> Limits, AnalyzeReport.ReworkRow Rework,
    AnalyzeReport.BisectionSettings Bisection, IReadOnlyList<string> Files, double ElapsedSeconds)
{
    /// <summary>Days in a year, for arrival rates per year.</summary>
    public const double DaysPerYear = 365;

    public sealed record DurationRow(double Mean, double Sd, double[] Ci95);

    public sealed record ResourceRow(string Name, int Capacity, double Work, double[] WorkCi95, double FirstExecutionWork,
        double StaticLimit, double[] StaticLimitCi95, double? OfferedLoad, double[]? OfferedLoadCi95);

    /// <summary>A policy's stability limit: overloaded at <c>lower</c>, not at <c>upper</c> (its verdict there: stable or unsettled; equal ends and no verdict for static).</summary>
    public sealed record LimitRow(string Policy, double Lower, double Upper, bool Exact, string Resource, int Simulations, double ProjectsPerYear, string? UpperVerdict);

    public sealed record CouplingRow(int ReworkedId, string Reworked, int CausingId, string Causing, double Term, double Share);

    public sealed record ReworkRow(double FirstOrderBound, IReadOnlyList<CouplingRow> TopCouplings);

    /// <summary>The bisection's simulations and its tolerance: as asked, and as used (never below <see cref="BoundedBisection.ToleranceFloor"/>).</summary>
    public sealed record BisectionSettings(int Projects, int Warmup, int Reps, int MaxInSystem, double Tolerance, double ToleranceUsed);

    public static AnalyzeReport From(Scenario scenario, ProcessAnalysisResult r, ProcessAnalysisOptions o, IReadOnlyList<string> files, double elapsedSeconds)
    {
        static double[] Pair(DevSim.Engine.Statistics.Interval i) => [i.Lower, i.Upper];
        var bound = r.FirstOrderRework;
        return new AnalyzeReport(scenario.Name, [.. r.Sequence], o.Seed, r.Duration.Count, r.Interarrival,
            new DurationRow(r.Duration.Mean, r.Duration.StandardDeviation, Pair(r.Duration.Ci95)),
            r.Resources.Select(x => new ResourceRow(x.Name, x.Capacity, x.Work, Pair(x.WorkCi), x.MinimumWork, x.StaticLimit, Pair(x.StaticLimitCi),
                r.Interarrival is null ? null : x.OfferedLoad, r.Interarrival is null ? null : Pair(x.OfferedLoadCi))).ToList(),
            r.Limits.Select(l => new LimitRow(l.Policy.Name(), l.Lower, l.Upper, l.Exact, l.Resource, l.Simulations, DaysPerYear / l.Upper,
                l.UpperVerdict?.ToString().ToLowerInvariant())).ToList(),
            new ReworkRow(bound, r.TopCouplings.Select(c => new CouplingRow(c.ReworkedId, scenario.Tasks[c.ReworkedId - 1].Name,
                c.CausingId, scenario.Tasks[c.CausingId - 1].Name, c.Term, bound > 0 ? c.Term / bound : 0)).ToList()),
            new BisectionSettings(o.Simulation.Projects, o.Simulation.EffectiveWarmup, o.Simulation.Replications, o.Simulation.MaxProjectsInSystem, o.Tolerance,
                BoundedBisection.Effective(o.Tolerance)),
            files, elapsedSeconds);
    }
}
