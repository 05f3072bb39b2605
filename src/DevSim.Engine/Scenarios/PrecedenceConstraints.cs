namespace DevSim.Engine.Scenarios;

/// <summary>
/// A process's precedence constraints (docs/model.md#precedence-constraints), compiled: each task's predecessors, the checks a
/// sequence must pass, and the repair that turns any order into the nearest one that respects them.
/// </summary>
/// <remarks>
/// A sequence respects the constraints when every pair's first task comes before its second. Under static
/// sequencing that is all it takes: a task first starts only when every task before it in the sequence has
/// been executed. The dynamic policies check <see cref="PredecessorsOf"/> themselves before starting a task
/// out of order.
/// </remarks>
public sealed class PrecedenceConstraints
{
    private readonly int[][] _predecessors;

    /// <summary>Compiles <paramref name="pairs"/> (ids in 1..<paramref name="taskCount"/>, no cycle: see <see cref="FindCycle"/>).</summary>
    /// <exception cref="ArgumentException">A pair names a task outside 1..n or the same task twice, or the pairs form a cycle.</exception>
    public PrecedenceConstraints(int taskCount, IEnumerable<PrecedencePair> pairs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(taskCount);
        ArgumentNullException.ThrowIfNull(pairs);
        var list = pairs.Distinct().ToList();
        foreach (var p in list)
        {
            if (p.BeforeId < 1 || p.BeforeId > taskCount || p.AfterId < 1 || p.AfterId > taskCount || p.BeforeId == p.AfterId)
                throw new ArgumentException($"precedence {p}: expected two different task ids in 1..{taskCount}", nameof(pairs));
        }
        if (FindCycle(taskCount, list) is { } cycle)
            throw new ArgumentException($"precedence: the pairs form a cycle through tasks {string.Join(" -> ", cycle)}", nameof(pairs));
        TaskCount = taskCount;
        Pairs = list;
        _predecessors = Enumerable.Range(0, taskCount)
            .Select(t => list.Where(p => p.AfterId == t + 1).Select(p => p.BeforeId - 1).Distinct().Order().ToArray()).ToArray();
    }

    /// <summary>No constraints over <paramref name="taskCount"/> tasks.</summary>
    public static PrecedenceConstraints None(int taskCount) => new(taskCount, []);

    /// <summary>n.</summary>
    public int TaskCount { get; }

    /// <summary>The pairs, without duplicates, in the order given.</summary>
    public IReadOnlyList<PrecedencePair> Pairs { get; }

    /// <summary>Whether there are no constraints.</summary>
    public bool IsEmpty => Pairs.Count == 0;

    /// <summary>The 0-based indices of the tasks that must have been executed before task index <paramref name="task"/> first starts.</summary>
    public ReadOnlySpan<int> PredecessorsOf(int task) => _predecessors[task];

    /// <summary>The first pair (in the order given) that <paramref name="ids"/> (a permutation of the task ids) breaks, or null.</summary>
    public PrecedencePair? BrokenBy(IReadOnlyList<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (IsEmpty)
            return null;
        var position = new int[TaskCount + 1];
        for (var k = 0; k < ids.Count; k++)
            position[ids[k]] = k;
        foreach (var p in Pairs)
        {
            if (position[p.BeforeId] > position[p.AfterId])
                return p;
        }
        return null;
    }

    /// <summary>What a sequence that breaks <paramref name="pair"/> is told.</summary>
    public static string BrokenMessage(PrecedencePair pair) =>
        $"breaks precedence {pair}: task {pair.AfterId} comes before task {pair.BeforeId}, which must be executed first";

    /// <summary>Whether <paramref name="order"/> (0-based task indices, a permutation) respects every pair.</summary>
    public bool IsRespectedBy(ReadOnlySpan<int> order)
    {
        if (IsEmpty)
            return true;
        Span<bool> placed = order.Length <= 256 ? stackalloc bool[order.Length] : new bool[order.Length];
        foreach (var task in order)
        {
            foreach (var before in _predecessors[task])
            {
                if (!placed[before])
                    return false;
            }
            placed[task] = true;
        }
        return true;
    }

    /// <summary>
    /// Rewrites <paramref name="order"/> (0-based task indices, a permutation) into the order that respects every pair and
    /// stays closest to it: repeatedly the earliest task of the given order whose predecessors are all placed. An order that
    /// already respects the pairs is left unchanged.
    /// </summary>
    public void Repair(Span<int> order)
    {
        if (IsEmpty || IsRespectedBy(order))
            return;
        var given = order.ToArray();
        var placed = new bool[TaskCount];
        var taken = new bool[given.Length];
        for (var k = 0; k < given.Length; k++)
        {
            for (var i = 0; i < given.Length; i++)
            {
                if (taken[i] || !Ready(given[i], placed))
                    continue;
                taken[i] = true;
                placed[given[i]] = true;
                order[k] = given[i];
                break;
            }
        }
    }

    /// <summary>The ids in order 1..n, each task moved just late enough to follow its predecessors: the default sequence when a scenario gives none.</summary>
    public int[] FirstOrder()
    {
        var order = Enumerable.Range(0, TaskCount).ToArray();
        Repair(order);
        return [.. order.Select(t => t + 1)];
    }

    /// <summary>A cycle among <paramref name="pairs"/> as the ids along it, the first repeated at the end (1 -> 3 -> 1), or null when there is none.</summary>
    public static IReadOnlyList<int>? FindCycle(int taskCount, IEnumerable<PrecedencePair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var next = new List<int>[taskCount + 1];
        for (var t = 0; t <= taskCount; t++)
            next[t] = [];
        foreach (var p in pairs)
        {
            if (p.BeforeId >= 1 && p.BeforeId <= taskCount && p.AfterId >= 1 && p.AfterId <= taskCount)
                next[p.BeforeId].Add(p.AfterId);
        }
        // Depth-first search; a task met again while still on the path closes a cycle.
        var state = new int[taskCount + 1]; // 0 unseen, 1 on the path, 2 finished
        var path = new List<int>();
        List<int>? Visit(int task)
        {
            state[task] = 1;
            path.Add(task);
            foreach (var after in next[task].Order())
            {
                if (state[after] == 1)
                    return [.. path.Skip(path.IndexOf(after)), after];
                if (state[after] == 0 && Visit(after) is { } found)
                    return found;
            }
            path.RemoveAt(path.Count - 1);
            state[task] = 2;
            return null;
        }
        for (var t = 1; t <= taskCount; t++)
        {
            if (state[t] == 0 && Visit(t) is { } cycle)
                return cycle;
        }
        return null;
    }

    private bool Ready(int task, bool[] placed)
    {
        foreach (var before in _predecessors[task])
        {
            if (!placed[before])
                return false;
        }
        return true;
    }
}
