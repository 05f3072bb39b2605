using DevSim.Engine.Experiments;

namespace DevSim.Runner.Sweep;

/// <summary>
/// <c>plan.json</c> in a sweep's output folder: which experiment the cells belong to (its fingerprint),
/// the sequences its searches found (so that other shards and resumed runs do not search again) and
/// the grid points (so that merge needs neither the experiment file nor the scenarios).
/// </summary>
internal sealed record SweepPlanFile(string Format, string Experiment, string Fingerprint, ulong Seed, string Arrivals,
    int Projects, int Warmup, int Replications, int Cells, IReadOnlyList<FoundSequence> Found, IReadOnlyList<PlanPoint> Points)
{
    public const string CurrentFormat = "devsim-sweep/1";

    public static SweepPlanFile From(ExperimentPlan plan)
    {
        var e = plan.Experiment;
        return new SweepPlanFile(CurrentFormat, e.Name, plan.Fingerprint, e.Seed, e.Arrivals.ToString().ToLowerInvariant(),
            e.Projects, e.Arrivals == ArrivalPattern.Isolated ? 0 : e.EffectiveWarmup, e.Replications, plan.CellCount, plan.Found, plan.Points);
    }

    /// <summary>The grid point of a cell (cells are numbered point by point, replication by replication).</summary>
    public PlanPoint PointOf(int cell) => Points[cell / Replications];
}
