using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Evaluation;

/// <summary>Closed-form bounds on a sequence's expected rework, to check simulated values against.</summary>
public static class ReworkBound
{
    /// <summary>
    /// The first-order rework of a sequence under static sequencing: for every pair of tasks i before j,
    /// RP[i][j] × RI[i][j] × d(i), the rework each first execution causes directly on tasks already done
    /// (docs/model.md#table-3-is-out-of-reach).
    /// </summary>
    /// <remarks>
    /// It is a lower bound on the expected rework time. When j first completes (amount 1) every task
    /// done before it is reworked with probability RP[i][j] by RI[i][j]; static sequencing does that
    /// rework before starting any later task, so no two first executions compete for the same pending
    /// amount, and the larger-of rule and later rounds of rework can only add to it.
    /// </remarks>
    /// <param name="scenario">The process.</param>
    /// <param name="sequence">Task ids in order.</param>
    /// <param name="reworked">Counts only the rework of tasks it accepts (by id), to see where the bound comes from; null for all.</param>
    /// <exception cref="ScenarioException">The sequence is not a permutation of the task ids.</exception>
    public static double FirstOrder(Scenario scenario, IReadOnlyList<int> sequence, Func<int, bool>? reworked = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        scenario.CheckSequence(sequence);
        var durations = scenario.Tasks.ToDictionary(t => t.Id, t => t.Duration);
        var total = 0.0;
        for (var later = 1; later < sequence.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                var i = sequence[earlier];
                var j = sequence[later];
                if (reworked is not null && !reworked(i))
                    continue;
                total += scenario.ReworkProbability(i, j) * scenario.ReworkImpact(i, j) * durations[i];
            }
        }
        return total;
    }
}
