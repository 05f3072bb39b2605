using DevSim.Engine.Capacity;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;
using DevSim.Runner.Output;
using System.Text.Json.Serialization;

namespace DevSim.Runner.Commands;

/// <summary>
/// The JSON contract of <c>devsim capacity</c>: <c>target</c>, <c>results</c> (one per policy, or for a portfolio one per
/// discipline) and, with --add, <c>plan</c> (one entry per step and policy or discipline); the other keys say under which
/// settings. A scenario's report has <c>portfolio</c> null; a portfolio's has <c>scenario</c> and <c>sequence</c> null.
/// </summary>
internal sealed record CapacityReport(
    string? Scenario, int[]? Sequence, ulong Seed, double? Target, string Measure, double? Percentile, double? Alone,
    IReadOnlyList<CapacityReport.ResultRow> Results, IReadOnlyList<CapacityReport.PlanRow>? Plan, double? PlanInterarrival,
    CapacityReport.SearchSettings Settings, IReadOnlyList<string> Files, double ElapsedSeconds, CapacityReport.PortfolioBlock? Portfolio = null)
{
    /// <summary>The policy a portfolio's rows name: each type follows its own (listed under <c>types</c>).</summary>
    public const string PerType = "per-type";

    /// <summary>The name of what was searched: the scenario's or the portfolio's.</summary>
    [JsonIgnore]
    public string Name => Scenario ?? Portfolio?.Name ?? "";

    /// <summary>What the tables print in yellow about the input: a portfolio type's due date no project can meet (as <c>devsim portfolio</c>'s <c>warnings</c>); empty when none.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>With <c>--add</c> under the on-time objective, how each plan ended (one per discipline); empty otherwise.</summary>
    public IReadOnlyList<PlanEndRow> PlanEnds { get; init; } = [];

    /// <summary>What a plan's duration objective compares: the measure, except under an on-time target, where it is the mean duration (the on-time objective compares the least type's on-time share).</summary>
    [JsonIgnore]
    public string PlanMeasure => Portfolio?.OnTime is null ? Measure : DurationMeasure.Mean.Name;

    /// <summary>A bracket: <c>lower</c> and <c>upper</c>; null where there is none (an unreachable target).</summary>
    public sealed record Range(double? Lower, double? Upper);

    /// <summary>
    /// The measure at one end of a bracket: its mean and 95% CI over replications, and whether the run was overloaded; for a
    /// portfolio the binding <c>type</c>'s (the one closest to missing its target, or furthest past it).
    /// </summary>
    public sealed record EndRow(double Interarrival, double Mean, double[] Ci95, bool Overloaded, string? Type = null);

    /// <summary>
    /// One policy's (or discipline's) answer: met at <c>interarrival.upper</c> (= <c>projectsPerYear.lower</c>), missed at
    /// <c>interarrival.lower</c> (= <c>projectsPerYear.upper</c>); <c>metAt</c> and <c>missedAt</c> give the measure there (null: not
    /// simulated, the stability limit). For a portfolio, rates are all types together, <c>loadFactor</c> is the same bracket as the
    /// factor on every type's rate, and <c>types</c> gives each type's own rate and policy.
    /// </summary>
    /// <remarks><c>unreachable</c> says why when <c>stoppedBecause</c> is unreachable (one entry per type out of reach), and is empty otherwise.</remarks>
    public sealed record ResultRow(string Policy, string? Discipline, Range Interarrival, Range ProjectsPerYear, string StoppedBecause, int Evaluations,
        EndRow? MetAt, EndRow? MissedAt, Range StabilityLimit, int StabilitySimulations, Range? LoadFactor = null, IReadOnlyList<TypeRow>? Types = null)
    {
        public IReadOnlyList<OutOfReachRow> Unreachable { get; init; } = [];
    }

    /// <summary>
    /// Why no rate meets the target: the <c>type</c> out of reach (null: the project alone, or the search's last run), its measure
    /// <c>alone</c> (days, or an on-time share) against the <c>target</c>, the <c>reason</c> in words and <c>whatToDo</c>.
    /// </summary>
    public sealed record OutOfReachRow(string? Type, double Alone, double Target, string Reason, string WhatToDo);

    /// <summary>One type of a portfolio at the bracket's ends: its policy (from the file), projects per year and mean interarrival.</summary>
    public sealed record TypeRow(string Name, string Policy, Range ProjectsPerYear, Range Interarrival);

    /// <summary>A mean with its 95% CI: a gain, days shorter (objective duration) or projects per year more (objective rate), or a rework figure.</summary>
    public sealed record GainRow(double Mean, double[] Ci95);

    /// <summary>One step of the plan: the server added to <c>resource</c>, its new <c>capacity</c>, the gain and the resources tied with it.</summary>
    public sealed record PlanRow(int Step, string Policy, string Resource, int Capacity, GainRow Gain, string Objective,
        IReadOnlyList<string> TiedWith, bool Overloaded, IReadOnlyList<CandidateRow> Candidates, string? Discipline = null);

    /// <summary>
    /// What one more server at each resource would have gained at that step; under the duration objective also the mean rework
    /// per project with it (<c>rework</c>, days, 95% CI over replications) and its paired change from before the step
    /// (<c>reworkChange</c>, positive: more), so that a program sees why a server made things worse; both null under the rate objective.
    /// </summary>
    public sealed record CandidateRow(string Resource, int Capacity, GainRow Gain, GainRow? Rework = null, GainRow? ReworkChange = null);

    /// <summary>
    /// How an on-time plan (<c>--objective on-time</c>) ended: <c>targetMetAfter</c> servers brought every type to the on-time target at the
    /// load (0: it met it with none; null: not within <c>steps</c>, the servers added), and <c>leastOnTime</c> the least type's on-time share
    /// with them {<c>mean</c>, <c>ci95</c>} over replications.
    /// </summary>
    public sealed record PlanEndRow(string Policy, string? Discipline, int? TargetMetAfter, int Steps, GainRow LeastOnTime);

    public sealed record SearchSettings(int Projects, int Warmup, int Reps, int MaxInSystem, double Tolerance, int MaxEvaluations, double DaysPerYear);

    /// <summary>
    /// A portfolio's side of the report: its name, WIP cap, projects per year at load factor 1 (all types), each type at load
    /// factor 1, the on-time share asked for (or null) and the load factor of --add.
    /// </summary>
    public sealed record PortfolioBlock(string Name, int? WipCap, double ProjectsPerYear, IReadOnlyList<TypeBase> Types, double? OnTime, double? PlanLoadFactor);

    /// <summary>One type at load factor 1: its policy, mean interarrival, due allowance (null: none) and priority.</summary>
    public sealed record TypeBase(string Name, string Policy, double Interarrival, double? DueAllowance, int Priority);

    /// <summary>Projects per year at <paramref name="perDay"/> projects a day (<see cref="AnalyzeReport.DaysPerYear"/> days a year).</summary>
    public static double PerYear(double perDay) => perDay * AnalyzeReport.DaysPerYear;

    public static ResultRow Row(CapacityResult result, SustainableRate r) =>
        Row(r, r.Policy.Name(), null, null) with { Unreachable = CapacityOutOfReach.Of(result, r, onTime: false) };

    /// <summary>A portfolio's row for discipline <paramref name="discipline"/>; its types' rates follow from the load factor.</summary>
    public static ResultRow Row(CapacityResult result, string discipline, PortfolioSystem system) =>
        Row(result.Rates[0], PerType, discipline, system) with { Unreachable = CapacityOutOfReach.Of(result, result.Rates[0], system.Target.OnTime is not null) };

    private static ResultRow Row(SustainableRate r, string policy, string? discipline, PortfolioSystem? system)
    {
        var reached = r.StoppedBecause != CapacityStop.Unreachable && r.LowerRate > 0;
        // A duration's CI cut at 0, a share's to [0, 1] (docs/model.md#intervals-of-bounded-quantities-are-cut-at-their-bounds).
        static EndRow? End(SystemRun? run) => run is null ? null : run.Binding is { } type
            ? new EndRow(run.Interarrival, type.Measure.Mean, type.AtLeast ? BoundedCi.Share(type.Measure.Ci95) : BoundedCi.NonNegative(type.Measure.Ci95), run.Overloaded, type.Name)
            : new EndRow(run.Interarrival, run.Measure.Mean, BoundedCi.NonNegative(run.Measure.Ci95), run.Overloaded);
        Range Bracket(Func<double, double> of) => reached ? new Range(of(r.LowerRate), of(r.UpperRate)) : new Range(null, null);
        Range Interarrivals(Func<double, double> perDay) => reached ? new Range(1 / perDay(r.UpperRate), r.LowerRate > 0 ? 1 / perDay(r.LowerRate) : null) : new Range(null, null);
        return new ResultRow(policy, discipline, Interarrivals(x => x), Bracket(PerYear), r.StoppedBecause.Name(), r.Evaluations, End(r.AtLower), End(r.AtUpper),
            new Range(r.Limit.Lower, r.Limit.Upper), r.Limit.Simulations,
            system is null ? null : Bracket(system.LoadFactor),
            system is null ? null : [.. system.Portfolio.Types.Select((t, i) => new TypeRow(t.Name, t.Policy.Name(),
                Bracket(rate => PerYear(system.TypeRate(i, rate))), Interarrivals(rate => system.TypeRate(i, rate))))]);
    }

    /// <summary>The plan's rows; a portfolio's (<paramref name="discipline"/> given) name the policy <see cref="PerType"/>.</summary>
    public static IEnumerable<PlanRow> Rows(CapacityPlan plan, string? discipline = null)
    {
        var perYear = plan.Objective == AdditionObjective.Rate;
        GainRow Gain(ResourceGain g) => perYear
            ? new GainRow(PerYear(g.Mean), [PerYear(g.Ci95.Lower), PerYear(g.Ci95.Upper)])
            : new GainRow(g.Mean, Pair(g.Ci95));
        return plan.Steps.Select(s => new PlanRow(s.Step, discipline is null ? plan.Policy.Name() : PerType, s.Chosen.Name, s.Chosen.Capacity, Gain(s.Chosen),
            ObjectiveName(plan.Objective), s.TiedWith, s.BaselineOverloaded,
            [.. s.Candidates.Select(c => new CandidateRow(c.Name, c.Capacity, Gain(c), Estimate(c.Rework), Estimate(c.ReworkChange)))], discipline));
    }

    /// <summary>The objective as <c>--objective</c> spells it: duration, rate or on-time.</summary>
    public static string ObjectiveName(AdditionObjective objective) => objective == AdditionObjective.OnTime ? "on-time" : objective.ToString().ToLowerInvariant();

    /// <summary>An on-time plan's end (null for the other objectives).</summary>
    public static PlanEndRow? End(CapacityPlan plan, string? discipline = null) => plan.LeastOnTime is { } least
        ? new PlanEndRow(discipline is null ? plan.Policy.Name() : PerType, discipline, plan.TargetMetAfter, plan.Steps.Count, new GainRow(least.Mean, BoundedCi.Share(least.Ci95)))
        : null;

    private static GainRow? Estimate(SampleSummary? s) => s is { } v ? new GainRow(v.Mean, Pair(v.Ci95)) : null;

    private static double[] Pair(Interval i) => [i.Lower, i.Upper];
}
