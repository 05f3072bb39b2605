namespace DevSim.Engine.Scenarios;

/// <summary>Checks that a list of task ids is a permutation of 1..n.</summary>
public static class SequenceCheck
{
    /// <summary>Every problem that keeps <paramref name="ids"/> from being a permutation of 1..<paramref name="taskCount"/>; empty when it is one.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<int> ids, int taskCount)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var problems = new List<string>();
        var seen = new int[taskCount + 1];
        foreach (var id in ids)
        {
            if (id < 1 || id > taskCount)
                problems.Add($"task id {id} does not exist (ids are 1..{taskCount})");
            else if (++seen[id] == 2)
                problems.Add($"task {id} appears more than once");
        }
        var missing = Enumerable.Range(1, taskCount).Where(id => seen[id] == 0).ToList();
        if (missing.Count > 0)
            problems.Add($"task{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} missing");
        if (problems.Count > 0)
            problems.Insert(0, $"[{string.Join(", ", ids)}] is not a permutation of the {taskCount} task ids");
        return problems.Count == 0 ? [] : [string.Join("; ", problems)];
    }
}
