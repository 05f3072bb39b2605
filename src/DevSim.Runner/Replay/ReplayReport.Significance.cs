using static DevSim.Runner.Replay.ReplayText;

namespace DevSim.Runner.Replay;

/// <summary>The report's section on the paper's "no significant difference at 16" (issue 21.4).</summary>
internal sealed partial class ReplayReport
{
    private void SignificanceFromOneRun()
    {
        var tests = NaiveSignificance.Of(_mouse);
        if (tests.Count == 0)
            return;
        Line("### Figure 7's significance, tested as a single run would be");
        Line();
        Line($"The paper says the difference is not significant at {N(PaperResults.NoDifferenceInterarrival)} without saying how it tested. A study treating the " +
             "projects of one run as independent samples would run Welch's t on their durations (docs/model.md#significance-from-one-run). Below, that test on " +
             "replication 0 of each point (after warm-up), beside DevSim's paired CI across replications. Projects of one run are not independent: those that " +
             "queue together wait together, so the single-run test understates its standard error.");
        Line();
        Head("interarrival", "projects (static / dynamic)", "static − dynamic, one run", "smallest difference it calls significant", "Welch t", "p",
            "one-run verdict", "paired verdict across replications");
        foreach (var t in tests)
        {
            Row(N(t.Comparison.Interarrival), $"{t.StaticProjects:N0} / {t.DynamicProjects:N0}", F(t.Test.Difference, 2), F(1.96 * Math.Abs(t.Test.Difference / t.Test.T), 2), F(t.Test.T, 2),
                t.Test.PValue < 0.0001 ? "< 0.0001" : F(t.Test.PValue, 4), ReplayData.VerdictName(t.Verdict), ReplayData.VerdictName(t.Comparison.Verdict));
        }
        Line();
        var none = tests.Where(t => t.Verdict == Verdict.NoDifference).Select(t => N(t.Comparison.Interarrival)).ToList();
        var disagree = tests.Count(t => t.Verdict != t.Comparison.Verdict);
        Line($"- The one-run test finds no significant difference at {(none.Count == 0 ? "no interarrival" : "interarrival " + string.Join(", ", none))}; " +
             $"it disagrees with the paired verdict at {disagree} of {tests.Count} points. " +
             (none.Contains(N(PaperResults.NoDifferenceInterarrival))
                 ? $"So the paper's statement at {N(PaperResults.NoDifferenceInterarrival)} could come from its statistics on one run."
                 : $"So in DevSim's model a single-run test does not produce the paper's \"no significant difference at {N(PaperResults.NoDifferenceInterarrival)}\": " +
                   "the difference comes from the model, not from how it was tested."));
        Line();
    }
}
