using DevSim.Engine.Randomness;

namespace DevSim.Engine.Scenarios;

/// <summary>
/// Random DSM processes for benchmarks and robustness checks: n tasks with durations uniform on
/// [1, 10], each off-diagonal cell non-zero with probability <c>density</c>, and then RP and RI
/// uniform on [0.05, 0.5]. Every task has its own resource of capacity 1. Impacts below 1 make every
/// rework cycle shrink, so rework always dies out.
/// </summary>
public static class RandomScenario
{
    /// <summary>A random process of <paramref name="tasks"/> tasks; the same seed gives the same process.</summary>
    /// <param name="tasks">Number of tasks, at least 1.</param>
    /// <param name="density">Share of off-diagonal cells with rework, in [0, 1].</param>
    /// <param name="seed">Seed of the generator.</param>
    public static Scenario Create(int tasks, double density, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tasks, 1);
        if (!(density >= 0 && density <= 1))
            throw new ArgumentOutOfRangeException(nameof(density), density, "density must be in [0, 1]");
        var random = new SplitMix64(SeedMixer.Derive(seed, (ulong)tasks));
        var definition = new ScenarioDefinition
        {
            Name = $"random-{tasks}-{density.ToString(System.Globalization.CultureInfo.InvariantCulture)}-{seed}",
            Distribution = "triangular",
            Spread = 0.2,
        };
        for (var t = 1; t <= tasks; t++)
            definition.Tasks.Add(new ScenarioDefinition.TaskEntry(t, $"Task {t}", 1 + 9 * random.NextDouble()));
        var probability = new List<IList<double>>();
        var impact = new List<IList<double>>();
        for (var i = 0; i < tasks; i++)
        {
            var p = new double[tasks];
            var r = new double[tasks];
            for (var j = 0; j < tasks; j++)
            {
                if (i == j || random.NextDouble() >= density)
                    continue;
                p[j] = 0.05 + 0.45 * random.NextDouble();
                r[j] = 0.05 + 0.45 * random.NextDouble();
            }
            probability.Add(p);
            impact.Add(r);
        }
        definition.ReworkProbability = probability;
        definition.ReworkImpact = impact;
        return Scenario.Create(definition);
    }
}
