using DevSim.Engine.Experiments;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Experiments;

/// <summary>Experiment files: what each key means, the defaults, and a located message for every mistake.</summary>
public class ExperimentReaderTests
{
    private const string TwoTasks = """
        name: two
        tasks:
          - { id: 1, name: a, duration: 2 }
          - { id: 2, name: b, duration: 3 }
        rework:
          probability: [[0, 0.5], [0, 0]]
          impact: [[0, 0.5], [0, 0]]
        """;

    private static Experiment Parse(string yaml) => ExperimentReader.Parse(yaml, "exp.yaml");

    private static ExperimentException Invalid(string yaml) => Assert.Throws<ExperimentException>(() => Parse(yaml));

    [Fact]
    public void FullFile_EveryKeyIsRead()
    {
        var e = Parse("""
            name: trial
            seed: 42
            scenarios: [optical-mouse, optical-mouse-balanced]
            sequences:
              - scenario
              - optimal
              - [1, 2, 3, 4, 5, 6, 7, 8, 9]
              - { name: mine, ids: [9, 8, 7, 6, 5, 4, 3, 2, 1] }
            policies: [dynamic]
            arrivals: fixed
            interarrival: [14, 18.5]
            projects: 500
            warmup: 50
            replications: 3
            max-in-system: 900
            search: { replications: 100, max-generations: 5 }
            """);
        Assert.Equal("trial", e.Name);
        Assert.Equal(42UL, e.Seed);
        Assert.Equal(["optical-mouse", "optical-mouse-balanced"], e.Scenarios.Select(s => s.Name));
        Assert.Equal(["scenario", "optimal", "1-2-3-4-5-6-7-8-9", "mine"], e.Sequences.Select(s => s.Label));
        Assert.Equal([9, 8, 7, 6, 5, 4, 3, 2, 1], e.Sequences[3].Ids!);
        Assert.Equal([SequencingPolicy.Dynamic], e.Policies);
        Assert.Equal(ArrivalPattern.Fixed, e.Arrivals);
        Assert.Equal([14, 18.5], e.Interarrivals);
        Assert.Equal((500, 50, 3, 900), (e.Projects, e.EffectiveWarmup, e.Replications, e.MaxProjectsInSystem));
        Assert.Equal((100, 5), (e.Search.Replications, e.Search.MaxGenerations));
    }

    [Fact]
    public void Defaults_AreThoseOfSimulate()
    {
        var e = Parse("scenarios: [optical-mouse]\ninterarrival: 16");
        Assert.Equal("exp", e.Name); // the file name
        Assert.Equal((1UL, 20_000, 2_000, 10), (e.Seed, e.Projects, e.EffectiveWarmup, e.Replications));
        Assert.Equal([SequencingPolicy.Static, SequencingPolicy.Dynamic], e.Policies);
        Assert.Equal(["scenario"], e.Sequences.Select(s => s.Label));
        Assert.Equal(ArrivalPattern.Poisson, e.Arrivals);
    }

    [Fact]
    public void Range_IncludesBothEndsWithoutRoundingDrift()
    {
        var e = Parse("scenarios: [optical-mouse]\ninterarrival: { from: 13, to: 14, step: 0.1 }");
        Assert.Equal(11, e.Interarrivals.Count);
        Assert.Equal(13.3, e.Interarrivals[3]); // not 13.299999999999999
        Assert.Equal(14, e.Interarrivals[^1]);
    }

    [Fact]
    public void Isolated_NeedsNoInterarrivalAndDefaultsToStatic()
    {
        var e = Parse("scenarios: [optical-mouse]\narrivals: isolated\nsequences: [optimal, worst]");
        Assert.Empty(e.Interarrivals);
        Assert.Equal([SequencingPolicy.Static], e.Policies);
    }

    [Theory]
    [InlineData("scenarios: [optical-mouse]\ninterarrival: 16\nreplication: 5", "exp.yaml:3: replication: unknown key")]
    [InlineData("scenarios: [optical-mouse]\ninterarrival: [16, -2]", "exp.yaml:2: interarrival: -2 must be a positive number of days")]
    [InlineData("scenarios: [optical-mouse]\ninterarrival: [16, 16]", "exp.yaml:2: interarrival: 16 is listed twice")]
    [InlineData("scenarios: [optical-mouse]", "exp.yaml:1: interarrival: missing")]
    [InlineData("interarrival: 16", "exp.yaml:1: scenarios: missing")]
    [InlineData("scenarios: [no-such-process]\ninterarrival: 16", "exp.yaml:1: scenarios, entry 1: 'no-such-process' is neither a scenario file")]
    [InlineData("scenarios: [optical-mouse]\ninterarrival: 16\npolicies: [static, fifo]", "exp.yaml:3: policies: 'fifo' is not one of static, dynamic")]
    [InlineData("scenarios: [optical-mouse]\ninterarrival: 16\nsequences: [[1, 2, 3]]", "exp.yaml:3: sequences, entry 1: not a sequence of scenario 'optical-mouse'")]
    [InlineData("scenarios: [optical-mouse]\ninterarrival: 16\nsequences: [best]", "exp.yaml:3: sequences, entry 1: 'best' is not scenario, optimal, worst")]
    [InlineData("scenarios: [optical-mouse]\ninterarrival: 16\nprojects: 100\nwarmup: 100", "exp.yaml:4: warmup: 100 must be from 0 to 99")]
    [InlineData("scenarios: [optical-mouse]\ninterarrival: 16\nreplications: 0", "exp.yaml:3: replications: 0 must be at least 1")]
    [InlineData("scenarios: [optical-mouse]\ninterarrival: 16\nseed: -1", "exp.yaml:3: seed: -1 is too small (0 to 18,446,744,073,709,551,615)")]
    [InlineData("scenarios: [optical-mouse]\narrivals: isolated\ninterarrival: 16", "exp.yaml:3: interarrival: isolated projects do not arrive over time")]
    [InlineData("scenarios: [optical-mouse]\narrivals: isolated\npolicies: [dynamic]", "exp.yaml:3: policies: isolated projects never find a resource busy")]
    [InlineData("scenarios: [optical-mouse, optical-mouse]\ninterarrival: 16", "exp.yaml:1: scenarios, entry 2: another scenario is also named 'optical-mouse'")]
    [InlineData("scenarios: [optical-mouse\ninterarrival: 16", "exp.yaml:1: malformed YAML/JSON")]
    [InlineData("- 1\n- 2", "exp.yaml:1: the file must hold a mapping")]
    public void Mistake_IsReportedWithItsLineAndKey(string yaml, string expected)
    {
        var error = Invalid(yaml);
        Assert.Contains(error.Lines, line => line.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce()
    {
        var error = Invalid("scenarios: [optical-mouse]\ninterarrival: 0\nprojects: zero\ncolour: red");
        Assert.Equal(3, error.Problems.Count);
    }

    [Fact]
    public void ScenarioFile_ComesFromTheResolver_BuiltInWhenItHasNone()
    {
        var asked = new List<string>();
        string? Resolve(string reference)
        {
            asked.Add(reference);
            return reference == "scenarios/two.yaml" ? TwoTasks : null;
        }
        var e = ExperimentReader.Parse("scenarios: [scenarios/two.yaml, optical-mouse]\ninterarrival: 10", "exp.yaml", Resolve);
        Assert.Equal(["scenarios/two.yaml", "optical-mouse"], asked);
        Assert.Equal(2, e.Scenarios[0].TaskCount);
        Assert.Equal(9, e.Scenarios[1].TaskCount);
    }

    [Fact]
    public void ScenarioFile_InvalidOrUnreadable_IsReportedAtItsEntry()
    {
        var error = Assert.Throws<ExperimentException>(() =>
            ExperimentReader.Parse("scenarios: [scenarios/two.yaml]\ninterarrival: 10", "exp.yaml", _ => "name: broken\ntasks: 3"));
        Assert.Contains("exp.yaml:1: scenarios, entry 1: the scenario is invalid: scenarios/two.yaml", error.Message, StringComparison.Ordinal);

        error = Assert.Throws<ExperimentException>(() =>
            ExperimentReader.Parse("scenarios: [big.yaml]\ninterarrival: 10", "exp.yaml", _ => throw new IOException("is a folder, not a scenario file")));
        Assert.Equal("exp.yaml:1: scenarios, entry 1: cannot read 'big.yaml': is a folder, not a scenario file", error.Lines.Single());
    }
}
