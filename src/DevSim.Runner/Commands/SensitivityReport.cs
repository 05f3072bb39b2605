using DevSim.Engine.Analysis;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Runner.Commands;

/// <summary>The JSON contract of <c>devsim sensitivity</c>.</summary>
internal sealed record SensitivityReport(
    string Scenario, string Mode, string? Policy, double? Interarrival, int? Projects, int? Warmup, long Reps, ulong Seed,
    double Reduction, int[] Sequence, SensitivityReport.Estimate Baseline, bool BaselineOverloaded,
    IReadOnlyList<SensitivityReport.Coupling> Couplings, IReadOnlyList<string> Files, double ElapsedSeconds)
{
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
            files, elapsedSeconds);
    }
}
