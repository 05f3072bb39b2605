using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Analysis.Calibration;

/// <summary>
/// The verdict checked on runs whose answer is known (issue 26; docs/model.md#calibration-of-the-verdict): the optical
/// mouse and one-task M/G/1 queues at light and moderate load must be stable, a short run near saturation never, and a
/// run past saturation overloaded. The full table is what <c>experiments/verdict-calibration.cs</c> prints; the tests
/// rerun a few seeds of it.
/// </summary>
public static class VerdictCalibration
{
    /// <summary>The share of runs of a settled case that must be judged stable.</summary>
    public const double RequiredStableShare = 0.98;

    /// <summary>
    /// The cases: the mouse (static and dynamic) at interarrival 20, 25 and 30 and one-task M/G/1 queues at load 0.3, 0.5
    /// and 0.7 with 20,000 projects and 10 or 20 replications (stable); the mouse under static sequencing at 13 with 3,000
    /// projects (load 0.97: never stable); the mouse static at 11 (load 1.15) and an M/G/1 queue at load 1.1 (overloaded).
    /// </summary>
    public static IReadOnlyList<CalibrationCase> Cases()
    {
        var mouse = ScenarioReader.LoadBuiltIn("optical-mouse");
        var queue = OneTaskQueue();
        int[] both = [10, 20];
        var cases = new List<CalibrationCase>();
        foreach (var policy in new[] { SequencingPolicy.Static, SequencingPolicy.Dynamic })
        {
            foreach (var interarrival in new[] { 20.0, 25, 30 })
                cases.Add(new($"mouse {SequencingPolicyRegistry.Name(policy)} at {interarrival:0}", mouse, policy, interarrival, 20_000, both, CalibrationExpectation.Stable));
        }
        foreach (var load in new[] { 0.3, 0.5, 0.7 })
            cases.Add(new($"M/G/1 at load {load:0.0}", queue, SequencingPolicy.Static, 1 / load, 20_000, both, CalibrationExpectation.Stable));
        cases.Add(new("mouse static at 13, 3,000 projects", mouse, SequencingPolicy.Static, 13, 3_000, both, CalibrationExpectation.NeverStable));
        cases.Add(new("mouse static at 11", mouse, SequencingPolicy.Static, 11, 20_000, [10], CalibrationExpectation.Overloaded));
        cases.Add(new("M/G/1 at load 1.1", queue, SequencingPolicy.Static, 1 / 1.1, 20_000, [10], CalibrationExpectation.Overloaded));
        return cases;
    }

    /// <summary>One task of mean duration 1 (triangular ±20%) on one server: an M/G/1 queue whose load is 1 / interarrival.</summary>
    public static Scenario OneTaskQueue()
    {
        var definition = new ScenarioDefinition { Name = "M/G/1", ReworkProbability = [[0.0]], ReworkImpact = [[0.0]] };
        definition.Resources.Add(new ScenarioDefinition.ResourceEntry("server", 1));
        definition.Tasks.Add(new ScenarioDefinition.TaskEntry(1, "service", 1.0, "server"));
        return Scenario.Create(definition);
    }

    /// <summary>Runs <paramref name="calibrationCase"/> for every seed in <paramref name="seeds"/> and each of its replication counts.</summary>
    /// <param name="calibrationCase">The case.</param>
    /// <param name="seeds">Master seeds.</param>
    /// <param name="threads">Threads per simulation (-1: every core); the verdicts do not depend on it.</param>
    public static CalibrationOutcome Run(CalibrationCase calibrationCase, IEnumerable<ulong> seeds, int threads = -1)
    {
        ArgumentNullException.ThrowIfNull(calibrationCase);
        ArgumentNullException.ThrowIfNull(seeds);
        var simulator = new MultiProjectSimulator(calibrationCase.Scenario);
        int stable = 0, unsettled = 0, overloaded = 0;
        var misses = new List<string>();
        foreach (var seed in seeds)
        {
            foreach (var replications in calibrationCase.Replications)
            {
                var result = simulator.Run(calibrationCase.Options(replications, seed) with { MaxDegreeOfParallelism = threads });
                var steady = result.SteadyState!;
                switch (steady.Verdict)
                {
                    case Verdict.Stable: stable++; break;
                    case Verdict.Unsettled: unsettled++; break;
                    default: overloaded++; break;
                }
                if (!calibrationCase.Meets(steady.Verdict))
                    misses.Add($"seed {seed}, {replications} replications: {steady.Verdict.ToString().ToLowerInvariant()}: {string.Join(" ", steady.Reasons)}");
            }
        }
        return new CalibrationOutcome(calibrationCase, stable, unsettled, overloaded, misses);
    }
}
