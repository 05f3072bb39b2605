using DevSim.Engine.Statistics;
using DevSim.Runner.Replay;
using Verdict = DevSim.Runner.Replay.Verdict;

namespace DevSim.Runner.Tests;

/// <summary>
/// The agreement words of the replay's headline table, on cases whose answer is known: each rule says what the report's
/// list of rules says it does, and the paper's full claim must hold for *agrees*.
/// </summary>
public class ReplayHeadlineRuleTests
{
    private static readonly double[] Grid = [13, 14, 15, 16, 17, 18, 20, 25, 30];

    private static (double, Verdict)[] Verdicts(Func<double, Verdict> verdict) => [.. Grid.Select(g => (g, verdict(g)))];

    [Fact]
    public void Crossover_NoDifferenceAt16AndStaticBetterBeyond_Agrees() =>
        Assert.Equal("agrees", ReplayHeadlines.CrossoverAgreement(Verdicts(g =>
            g < 16 ? Verdict.DynamicBetter : g == 16 ? Verdict.NoDifference : Verdict.StaticBetter)));

    [Fact]
    public void Crossover_NoDifferenceAt16ButDynamicBetterBeyond_IsOnlyPartly() =>
        // The paper also says static is better beyond 16; half of its claim is not agreement (this said "agrees" before).
        Assert.Equal("partly", ReplayHeadlines.CrossoverAgreement(Verdicts(g => g == 16 ? Verdict.NoDifference : Verdict.DynamicBetter)));

    [Fact]
    public void Crossover_StaticBetterSomewhereBeyondButNotAt16_IsPartly() =>
        Assert.Equal("partly", ReplayHeadlines.CrossoverAgreement(Verdicts(g => g < 20 ? Verdict.DynamicBetter : Verdict.StaticBetter)));

    [Fact]
    public void Crossover_DynamicBetterEverywhere_Differs() =>
        Assert.Equal("differs", ReplayHeadlines.CrossoverAgreement(Verdicts(_ => Verdict.DynamicBetter)));

    [Fact]
    public void Crossover_OverloadedPointsBeyond_DoNotCountAgainstStaticBeingBetter() =>
        Assert.Equal("agrees", ReplayHeadlines.CrossoverAgreement(Verdicts(g =>
            g < 16 ? Verdict.Overloaded : g == 16 ? Verdict.NoDifference : g == 30 ? Verdict.Overloaded : Verdict.StaticBetter)));

    [Fact]
    public void Queue_PapersValuesInsideSeparateCis_Agrees()
    {
        // Means 16 and 6.6, the paper's Figure 9 values, each inside its CI; the CIs far apart. This said "same direction" before:
        // that rule could never say "agrees".
        var statics = SampleSummary.From([15.0, 16.0, 17.0]);
        var dynamics = SampleSummary.From([6.0, 6.6, 7.2]);
        Assert.True(statics.Ci95.Contains(PaperResults.QueueStatic) && dynamics.Ci95.Contains(PaperResults.QueueDynamic));
        Assert.Equal("agrees", ReplayHeadlines.QueueAgreement(statics, dynamics));
    }

    [Fact]
    public void Queue_SeparateCisAwayFromThePapersValues_IsSameDirection() =>
        // This run's case: 21.5 [18.9, 24.1] against 9.1 [8.3, 10.0].
        Assert.Equal("same direction", ReplayHeadlines.QueueAgreement(SampleSummary.From([20.0, 21.5, 23.0]), SampleSummary.From([8.6, 9.1, 9.6])));

    [Fact]
    public void Queue_OverlappingCis_Differs() =>
        Assert.Equal("differs", ReplayHeadlines.QueueAgreement(SampleSummary.From([10.0, 16.0, 22.0]), SampleSummary.From([4.0, 6.6, 12.0])));

    [Fact]
    public void Rules_NameEveryAgreementWordTheTableUses()
    {
        var rules = string.Join('\n', ReplayHeadlines.Rules);
        foreach (var word in new[] { "agrees", "agrees (within 5 points)", "same direction", "partly", "differs", "beyond the paper", "loses somewhere" })
            Assert.Contains($"*{word}*", rules, StringComparison.Ordinal);
    }
}
