using DevSim.Engine.Analysis;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Runner.Commands;

/// <summary>
/// The JSON contract of <c>devsim sensitivity</c>; under load also the original process's <c>verdict</c>, <c>reasons</c> and each
/// resource's offered load with its CI (<c>loads</c>), as <c>devsim simulate</c> gives them (null and empty for one project alone).
/// </summary>
internal sealed record SensitivityReport(
    string Scenario, string Mode, string? Policy, double? Interarrival, int? Projects, int? Warmup, long Reps, ulong Seed,
    double Reduction, int[] Sequence, SensitivityReport.Estimate Baseline, bool BaselineOverloaded,
    IReadOnlyList<SensitivityReport.Coupling> Couplings, IReadOnlyList<string> Files, double ElapsedSeconds)
{
    /// <summary>The original process's verdict under load (stable, unsettled or overloaded); null for one project alone.</summary>
    public string? Verdict { get; init; }

    /// <summary>The verdict's reasons, naming the saturated resource and its load with CI.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>Each resource's offered load under the original process, with its 95% CI (cut at 0); empty for one project alone.</summary>
    public IReadOnlyList<LoadRow> Loads { get; init; } = [];

    /// <summary>A resource's offered load: <c>name</c>, <c>load</c>, <c>ci95</c>.</summary>
    public sealed record LoadRow(string Name, double Load, double[] Ci95);

    /// <summary>A mean with its 95% CI (a paired difference, or the original's duration).</summary>
    public sealed record Estimate(double Mean, double[] Ci95, bool Significant);

    /// <summary>A task named by id and name.</summary>
    public sealed record TaskRef(int Id, string Name);

    /// <summary>One coupling's row of the ranked table.</summary>
    public sealed record Coupling(int Rank, TaskRef Reworked, TaskRef Causing, double Probability, double Impact, double FirstOrderRework,
        Estimate ProbabilityReduced, Estimate ImpactReduced, Estimate Removed, bool Overloaded);

    public static SensitivityReport From(Scenario scenario, SensitivityResult r, ulong seed, IReadOnlyList<string> files, double elapsedSeconds)
    {
        TaskRef Task(int id) => new(id, scenario.Tasks[id - 1].Name);
        static Estimate Of(PairedEffect e) => new(e.Mean, [e.Ci95.Lower, e.Ci95.Upper], e.Significant);
        var simulation = r.Simulation;
        return new SensitivityReport(scenario.Name, simulation is null ? "single-project" : "multi-project",
            simulation?.Policy.Name(), (simulation?.Arrivals as PoissonArrivals)?.MeanInterarrival, simulation?.Projects, simulation?.EffectiveWarmup,
            r.Baseline.Count, seed, r.Reduction, [.. r.Sequence],
            new Estimate(r.Baseline.Mean, Output.BoundedCi.NonNegative(r.Baseline.Ci95), false), r.BaselineOverloaded,
            r.Effects.Select((e, i) => new Coupling(i + 1, Task(e.ReworkedId), Task(e.CausingId), e.Probability, e.Impact, e.FirstOrderRework,
                Of(e.ProbabilityReduced), Of(e.ImpactReduced), Of(e.Removed),
                e.ProbabilityReduced.Overloaded || e.ImpactReduced.Overloaded || e.Removed.Overloaded)).ToList(),
            files, elapsedSeconds)
        {
            Verdict = r.BaselineSteadyState?.Verdict.ToString().ToLowerInvariant(),
            Reasons = r.BaselineSteadyState?.Reasons ?? [],
            Loads = [.. (r.BaselineSteadyState?.Loads ?? []).Select(l => new LoadRow(l.Name, l.Load, Output.BoundedCi.NonNegative(l.Ci95)))],
        };
    }
}
