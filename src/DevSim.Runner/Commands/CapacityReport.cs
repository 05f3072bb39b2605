using DevSim.Engine.Capacity;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Runner.Commands;

/// <summary>
/// The JSON contract of <c>devsim capacity</c>: <c>target</c>, <c>results</c> (one per policy) and, with --add, <c>plan</c>
/// (one entry per step and policy); the other keys say under which settings.
/// </summary>
internal sealed record CapacityReport(
    string Scenario, int[] Sequence, ulong Seed, double? Target, string Measure, double? Percentile, double? Alone,
    IReadOnlyList<CapacityReport.ResultRow> Results, IReadOnlyList<CapacityReport.PlanRow>? Plan, double? PlanInterarrival,
    CapacityReport.SearchSettings Settings, IReadOnlyList<string> Files, double ElapsedSeconds)
{
    /// <summary>A bracket: <c>lower</c> and <c>upper</c>; null where there is none (an unreachable target).</summary>
    public sealed record Range(double? Lower, double? Upper);

    /// <summary>The measure at one end of a bracket: its mean and 95% CI over replications, and whether the run was overloaded.</summary>
    public sealed record EndRow(double Interarrival, double Mean, double[] Ci95, bool Overloaded);

    /// <summary>
    /// One policy's answer: met at <c>interarrival.upper</c> (= <c>projectsPerYear.lower</c>), missed at <c>interarrival.lower</c>
    /// (= <c>projectsPerYear.upper</c>); <c>metAt</c> and <c>missedAt</c> give the measure there (null: not simulated, the stability limit).
    /// </summary>
    public sealed record ResultRow(string Policy, string? Discipline, Range Interarrival, Range ProjectsPerYear, string StoppedBecause, int Evaluations,
        EndRow? MetAt, EndRow? MissedAt, Range StabilityLimit, int StabilitySimulations);

    /// <summary>A gain with its 95% CI: days shorter (objective duration) or projects per year more (objective rate).</summary>
    public sealed record GainRow(double Mean, double[] Ci95);

    /// <summary>One step of the plan: the server added to <c>resource</c>, its new <c>capacity</c>, the gain and the resources tied with it.</summary>
    public sealed record PlanRow(int Step, string Policy, string Resource, int Capacity, GainRow Gain, string Objective,
        IReadOnlyList<string> TiedWith, bool Overloaded, IReadOnlyList<CandidateRow> Candidates);

    /// <summary>What one more server at each resource would have gained at that step.</summary>
    public sealed record CandidateRow(string Resource, int Capacity, GainRow Gain);

    public sealed record SearchSettings(int Projects, int Warmup, int Reps, int MaxInSystem, double Tolerance, int MaxEvaluations, double DaysPerYear);

    /// <summary>Projects per year at <paramref name="perDay"/> projects a day (<see cref="AnalyzeReport.DaysPerYear"/> days a year).</summary>
    public static double PerYear(double perDay) => perDay * AnalyzeReport.DaysPerYear;

    public static ResultRow Row(SustainableRate r)
    {
        var reached = r.StoppedBecause != CapacityStop.Unreachable && r.LowerRate > 0;
        EndRow? End(SystemRun? run) => run is null ? null : new EndRow(run.Interarrival, run.Measure.Mean, Pair(run.Measure.Ci95), run.Overloaded);
        return new ResultRow(r.Policy.Name(), null,
            reached ? new Range(r.LowerInterarrival, r.UpperInterarrival) : new Range(null, null),
            reached ? new Range(PerYear(r.LowerRate), PerYear(r.UpperRate)) : new Range(null, null),
            r.StoppedBecause.Name(), r.Evaluations, End(r.AtLower), End(r.AtUpper),
            new Range(r.Limit.Lower, r.Limit.Upper), r.Limit.Simulations);
    }

    public static IEnumerable<PlanRow> Rows(CapacityPlan plan)
    {
        var perYear = plan.Objective == AdditionObjective.Rate;
        GainRow Gain(ResourceGain g) => perYear
            ? new GainRow(PerYear(g.Mean), [PerYear(g.Ci95.Lower), PerYear(g.Ci95.Upper)])
            : new GainRow(g.Mean, Pair(g.Ci95));
        return plan.Steps.Select(s => new PlanRow(s.Step, plan.Policy.Name(), s.Chosen.Name, s.Chosen.Capacity, Gain(s.Chosen),
            plan.Objective.ToString().ToLowerInvariant(), s.TiedWith, s.BaselineOverloaded,
            [.. s.Candidates.Select(c => new CandidateRow(c.Name, c.Capacity, Gain(c)))]));
    }

    private static double[] Pair(Interval i) => [i.Lower, i.Upper];
}
