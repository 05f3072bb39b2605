using DevSim.Engine.Fidelity;

namespace DevSim.Runner.Replay;

/// <summary>
/// Issue 21.4: at one interarrival, what Welch's t on the projects of a single run (replication 0,
/// after warm-up) concludes about static against dynamic, beside DevSim's paired replication CI.
/// </summary>
internal sealed record NaiveSignificance(PolicyComparison Comparison, WelchTest Test, long StaticProjects, long DynamicProjects)
{
    /// <summary>The test for each comparison whose run is not overloaded.</summary>
    public static IReadOnlyList<NaiveSignificance> Of(IEnumerable<PolicyComparison> comparisons) =>
        [.. comparisons.Where(c => c.Verdict != Verdict.Overloaded && c.Static.Result.Replications.Count > 0 && c.Dynamic.Result.Replications.Count > 0)
            .Select(c =>
            {
                var s = c.Static.Result.Replications[0];
                var d = c.Dynamic.Result.Replications[0];
                return new NaiveSignificance(c, WelchTest.Of(s.Duration.Mean, s.Duration.Sd, s.ProjectsCounted, d.Duration.Mean, d.Duration.Sd, d.ProjectsCounted),
                    s.ProjectsCounted, d.ProjectsCounted);
            })];

    /// <summary>The single-run verdict, named as the paired verdicts are.</summary>
    public Verdict Verdict => !Test.Significant() ? Verdict.NoDifference : Test.Difference > 0 ? Verdict.DynamicBetter : Verdict.StaticBetter;
}
