using System.Globalization;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Rules;

/// <summary>
/// Why a process's rework can grow without end, in words naming the tasks and the reading at fault, for the
/// message of <see cref="ReworkDivergenceException"/>: the advice for a full-size cycle ("lower an impact
/// below 1") is wrong where no such cycle exists, as under <c>pending-rework: sum</c>.
/// </summary>
public static class ReworkDivergenceCause
{
    /// <summary>The likeliest cause in <paramref name="scenario"/> under its readings, with what to change.</summary>
    public static string Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (FullSizeCycle(scenario) is { } cycle)
        {
            return $"tasks {string.Join(" -> ", cycle)} rework each other with RP = 1 and RI >= 1, so every round of rework triggers the next " +
                "at full size; lower an impact on that cycle below 1";
        }
        if (scenario.Readings.Pending == PendingRework.Sum)
        {
            var (task, causes, total) = MostPiledUp(scenario);
            return "no tasks rework each other with RP = 1 and RI >= 1; the cause is the reading pending-rework: sum (set in the scenario's model: block " +
                "or by evaluate's and simulate's --pending-rework), under which rework given to a task while rework is pending adds up, so an amount can pass 1, and an " +
                "amount above 1 makes each rework it causes certain and larger than its impact" +
                (causes > 1 ? $": task {task} ({scenario.Tasks[task - 1].Name}) is reworked by {causes} tasks whose impacts add up to {total.ToString("0.###", CultureInfo.InvariantCulture)}" : "") +
                ". Lower those impacts, or read pending rework as the larger amount (pending-rework: larger, DevSim's default)";
        }
        var fullSize = FullSizeCouplings(scenario).Take(3).ToList();
        if (fullSize.Count > 0)
        {
            return $"couplings with RI >= 1 keep rework at full size ({string.Join(", ", fullSize.Select(c => $"task {c.Causing} reworks task {c.Reworked} with RP {G(c.Probability)}, RI {G(c.Impact)}"))}), " +
                "and together they start rework faster than it dies out; lower those impacts below 1";
        }
        return "the couplings start rework faster than it dies out; lower the largest probabilities and impacts";
    }

    /// <summary>A cycle of tasks, each reworking the one before it with RP ≥ 1 and RI ≥ 1 (ids, the first repeated at the end), or null.</summary>
    private static List<int>? FullSizeCycle(Scenario s)
    {
        var n = s.TaskCount;
        // next[j]: the tasks that j's completion reworks at full size with certainty.
        var next = Enumerable.Range(1, n).Select(j => Enumerable.Range(1, n).Where(x => x != j && IsFullSize(s, x, j)).ToList()).ToList();
        var state = new int[n + 1]; // 0 unseen, 1 on the path, 2 finished
        var path = new List<int>();
        List<int>? Visit(int t)
        {
            state[t] = 1;
            path.Add(t);
            foreach (var u in next[t - 1])
            {
                if (state[u] == 1)
                    return [.. path.Skip(path.IndexOf(u)), u];
                if (state[u] == 0 && Visit(u) is { } found)
                    return found;
            }
            path.RemoveAt(path.Count - 1);
            state[t] = 2;
            return null;
        }
        for (var t = 1; t <= n; t++)
        {
            if (state[t] == 0 && Visit(t) is { } cycle)
                return cycle;
        }
        return null;
    }

    private static bool IsFullSize(Scenario s, int reworked, int causing) =>
        s.ReworkProbability(reworked, causing) >= 1 && s.ReworkImpact(reworked, causing) >= 1;

    /// <summary>The task whose impacts from the tasks that can rework it add up to the most.</summary>
    private static (int Task, int Causes, double Total) MostPiledUp(Scenario s)
    {
        var best = (Task: 1, Causes: 0, Total: 0.0);
        for (var x = 1; x <= s.TaskCount; x++)
        {
            var causing = Enumerable.Range(1, s.TaskCount).Where(j => j != x && s.ReworkProbability(x, j) > 0).ToList();
            var total = causing.Sum(j => s.ReworkImpact(x, j));
            if (total > best.Total)
                best = (x, causing.Count, total);
        }
        return best;
    }

    private static IEnumerable<(int Reworked, int Causing, double Probability, double Impact)> FullSizeCouplings(Scenario s) =>
        from x in Enumerable.Range(1, s.TaskCount)
        from j in Enumerable.Range(1, s.TaskCount)
        where x != j && s.ReworkProbability(x, j) > 0 && s.ReworkImpact(x, j) >= 1
        orderby s.ReworkProbability(x, j) descending, x, j
        select (x, j, s.ReworkProbability(x, j), s.ReworkImpact(x, j));

    private static string G(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
