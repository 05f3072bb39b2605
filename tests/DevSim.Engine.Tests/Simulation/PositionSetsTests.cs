using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;
using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>
/// The bit sets that replace the next-task scans for processes of up to 64 tasks: on a hand-worked
/// case, and against the scans on many random processes (the scans are the definition).
/// </summary>
public class PositionSetsTests
{
    [Fact]
    public void Sets_HandWorkedSequence_PositionsFollowTheSequenceNotTheTaskNumbers()
    {
        // Sequence: task 2, task 0, task 1 (0-based); tasks 0 and 2 share resource 0, task 1 has resource 1.
        var sets = new PositionSets(tasks: 3, resources: 2, enabled: true);
        sets.Reset([2, 0, 1], taskResource: [0, 1, 0]);

        Assert.Equal(0b111UL, sets.All);
        Assert.Equal(0b111UL, sets.Idle);
        Assert.Equal(0b010UL, sets.Bit(0));                   // task 0 is at position 1
        Assert.Equal(0b011UL, sets.Pending([0.5, 0, 1]));     // task 0 at position 1, task 2 at position 0
        sets.Filled(0);
        Assert.Equal(0b100UL, sets.Idle);                     // only position 2 (task 1, resource 1) is idle
        sets.Freed(0);
        Assert.Equal(0b111UL, sets.Idle);
        Assert.Equal(1, PositionSets.First(0b110UL));
        Assert.Equal(-1, PositionSets.First(0));
        Assert.Equal(0b100UL, PositionSets.WithoutFirst(0b110UL));
    }

    [Fact]
    public void Sets_MoreThan64Tasks_AreNotUsed() => Assert.False(new PositionSets(65, 1, enabled: true).Enabled);

    [Fact]
    public void Run_RandomProcesses_SetsGiveExactlyTheScansResults()
    {
        var random = new SplitMix64(2026);
        for (var trial = 0; trial < 40; trial++)
        {
            var scenario = RandomSharedScenario(ref random);
            var model = new ProcessModel(scenario);
            var sequence = Enumerable.Range(0, scenario.TaskCount).OrderBy(_ => random.NextUInt64()).ToArray();
            foreach (var policy in new[] { SequencingPolicy.Static, SequencingPolicy.Dynamic })
            {
                var options = new SimulationOptions
                {
                    Policy = policy,
                    Projects = 300,
                    Arrivals = new PoissonArrivals(2 + 30 * random.NextDouble()),
                    Seed = (ulong)trial,
                };
                var withSets = SequencingPolicyRegistry.CreateRun(options.Policy, model).Run(options, sequence, 0, null);
                var withScans = SequencingPolicyRegistry.CreateRun(options.Policy, model, usePositionSets: false).Run(options, sequence, 0, null);
                Assert.Equal(withScans with { Resources = [], Diagnostics = null }, withSets with { Resources = [], Diagnostics = null });
                Assert.Equal(withScans.Diagnostics!.DurationSeries.Means, withSets.Diagnostics!.DurationSeries.Means);
                Assert.Equal(withScans.Resources, withSets.Resources);
            }
        }
    }

    /// <summary>2 to 64 tasks on 1 to 4 shared resources of capacity 1 to 3, with random rework.</summary>
    private static Scenario RandomSharedScenario(ref SplitMix64 random)
    {
        var n = 2 + (int)(random.NextDouble() * 63);
        var resources = 1 + (int)(random.NextDouble() * 4);
        var density = random.NextDouble() * 0.4;
        var definition = new ScenarioDefinition { Name = "shared" };
        for (var r = 0; r < resources; r++)
            definition.Resources.Add(new ScenarioDefinition.ResourceEntry($"r{r}", 1 + (int)(random.NextDouble() * 3)));
        for (var t = 1; t <= n; t++)
            definition.Tasks.Add(new ScenarioDefinition.TaskEntry(t, $"T{t}", 1 + 4 * random.NextDouble(), $"r{(int)(random.NextDouble() * resources)}"));
        var probability = TestScenarios.Zero(n);
        var impact = TestScenarios.Zero(n);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i != j && random.NextDouble() < density)
                {
                    probability[i][j] = 0.05 + 0.5 * random.NextDouble();
                    impact[i][j] = 0.05 + 0.5 * random.NextDouble();
                }
            }
        }
        definition.ReworkProbability = probability.Select(r => (IList<double>)r.ToList()).ToList();
        definition.ReworkImpact = impact.Select(r => (IList<double>)r.ToList()).ToList();
        return Scenario.Create(definition);
    }
}
