using DevSim.Engine.Simulation;

namespace DevSim.Runner.Commands;

/// <summary>The JSON contract of <c>devsim simulate</c>. Keys named by the issue are kept exactly; others are additions.</summary>
internal sealed record SimulateReport(
    string Scenario, string Policy, double Interarrival, string Arrivals, int[] Sequence, int Projects, int Warmup, int Reps, ulong Seed,
    SimulateReport.DurationBlock Duration, SimulateReport.MeanBlock Waiting, SimulateReport.MeanBlock Rework, SimulateReport.MeanBlock InSystem,
    IReadOnlyList<SimulateReport.ResourceRow> Resources, object Unstable, double? UnstableLoad, long Events, double ElapsedSeconds)
{
    public sealed record DurationBlock(double Mean, double Sd, double[] Ci95, double P50, double P90, double P99);

    public sealed record MeanBlock(double Mean, double[] Ci95);

    public sealed record ResourceRow(string Name, int Capacity, double Utilization, double Queue, double Wait, double OfferedLoad,
        double[] UtilizationCi95, double[] QueueCi95, double[] WaitCi95, string? Person = null);

    /// <param name="scenario">The scenario's name.</param>
    /// <param name="arrivals">The arrival process's name.</param>
    /// <param name="r">The result.</param>
    /// <param name="elapsedSeconds">Wall-clock time of the run.</param>
    /// <param name="people">Who staffs each resource (the scenario's staffing), null entries for none.</param>
    public static SimulateReport From(string scenario, string arrivals, SimulationResult r, double elapsedSeconds, IReadOnlyList<string?>? people = null)
    {
        var o = r.Options;
        static double[] Ci(Engine.Statistics.SampleSummary s) => [s.Ci95.Lower, s.Ci95.Upper];
        return new SimulateReport(scenario, o.Policy.Name(), o.Arrivals.MeanInterarrival, arrivals,
            [.. r.Sequence], o.Projects, o.EffectiveWarmup, o.Replications, o.Seed,
            new DurationBlock(r.Duration.Mean, r.DurationSd, Ci(r.Duration), r.DurationP50, r.DurationP90, r.DurationP99),
            new MeanBlock(r.Waiting.Mean, Ci(r.Waiting)),
            new MeanBlock(r.Rework.Mean, Ci(r.Rework)),
            new MeanBlock(r.InSystem.Mean, Ci(r.InSystem)),
            r.Resources.Select((x, i) => new ResourceRow(x.Name, x.Capacity, x.Utilization.Mean, x.Queue.Mean, x.Wait.Mean, x.OfferedLoad,
                Ci(x.Utilization), Ci(x.Queue), Ci(x.Wait), people?[i])).ToList(),
            r.Unstable is null ? false : r.Unstable, r.IsUnstable ? r.UnstableLoad : null, r.Events, elapsedSeconds);
    }
}
