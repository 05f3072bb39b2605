using DevSim.Engine.Statistics;

namespace DevSim.Runner.Workbench;

/// <summary>
/// Two runs compared replication by replication: when they share the seed, the replication count and the random-stream
/// layout, replication r of both saw the same projects' draws (common random numbers, docs/model.md#common-random-numbers),
/// so the difference of the means is estimated from the per-replication differences: their mean with a Student-t 95% CI
/// on n − 1 degrees of freedom, far narrower than the two runs' own CIs. Otherwise it says why there is no pairing.
/// </summary>
/// <param name="Paired">Whether the runs pair.</param>
/// <param name="Reason">Why they do not (null when they do).</param>
/// <param name="Method">How the differences were computed, for the page.</param>
/// <param name="Rows">Per measure both runs have: the second run's mean minus the first's with its paired 95% CI.</param>
internal sealed record PairedComparison(bool Paired, string? Reason, string Method, IReadOnlyList<PairedComparison.Row> Rows)
{
    /// <summary>The method as the page states it.</summary>
    public const string MethodText =
        "paired by replication: d_r = (second − first) in replication r; the mean of d_r with a Student-t 95% CI on n − 1 degrees of freedom " +
        "(the runs share seed, replications and random streams, so d_r holds only what the change did)";

    /// <summary>One measure's difference (second − first): its mean, sd of the differences and 95% CI; NaN where it cannot be computed.</summary>
    public sealed record Row(string Measure, double First, double Second, double Difference, double Sd, double[] Ci95, string? Note);

    /// <summary>Compares <paramref name="first"/> and <paramref name="second"/> (either may be null: a run of a kind without replications to pair).</summary>
    public static PairedComparison Of(ReplicationSample? first, ReplicationSample? second)
    {
        if (first is null || second is null)
            return Unpaired("paired differences are computed for simulate and portfolio runs (their replications are kept); this pair has a run of another kind");
        if (first.Layout != second.Layout)
            return Unpaired($"the runs draw from different random streams: the first from {first.Layout}, the second from {second.Layout}");
        if (first.Seed != second.Seed)
            return Unpaired($"different seeds ({first.Seed} and {second.Seed}): the replications are independent, not paired; run both with one --seed");
        if (first.Replications != second.Replications)
            return Unpaired($"different replication counts ({first.Replications} and {second.Replications}); run both with one --reps");
        if (first.Replications < 2)
            return Unpaired("one replication: a paired CI needs two or more (give --reps 2 or more)");
        var rows = new List<Row>();
        foreach (var (name, a) in first.Measures)
        {
            if (second.Measures.FirstOrDefault(m => m.Name == name).Values is not { } b)
                continue;
            var firstMean = a.Average();
            var secondMean = b.Average();
            if (a.Concat(b).Any(v => !double.IsFinite(v)))
            {
                rows.Add(new Row(name, firstMean, secondMean, double.NaN, double.NaN, [double.NaN, double.NaN],
                    "not computed: some replication has no value (no project of this kind counted, or an overloaded run stopped early)"));
                continue;
            }
            var d = SampleSummary.From(a.Zip(b, (x, y) => y - x));
            rows.Add(new Row(name, firstMean, secondMean, d.Mean, d.StandardDeviation, [d.Ci95.Lower, d.Ci95.Upper], null));
        }
        return new PairedComparison(true, null, MethodText, rows);
    }

    private static PairedComparison Unpaired(string reason) => new(false, reason, MethodText, []);
}
