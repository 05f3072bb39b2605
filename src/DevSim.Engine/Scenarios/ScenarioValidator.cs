using DevSim.Engine.Input;
namespace DevSim.Engine.Scenarios;

/// <summary>Every semantic check on a <see cref="ScenarioDefinition"/>; reports all problems, in input order.</summary>
internal static class ScenarioValidator
{
    public static List<InputProblem> Validate(ScenarioDefinition d)
    {
        var problems = new List<InputProblem>();
        void Add(string key, string message) => problems.Add(new InputProblem(key, message));

        if (string.IsNullOrWhiteSpace(d.Name))
            Add("name", "missing or empty");
        if (ParseDistribution(d.Distribution) is null)
            Add("durations.distribution", $"'{d.Distribution}' is not one of triangular, uniform, fixed");
        if (!double.IsFinite(d.Spread))
            Add("durations.spread", $"{d.Spread} is not a finite number");
        else if (d.Spread < 0 || d.Spread >= 1)
            Add("durations.spread", $"{d.Spread} is outside [0, 1): durations must stay positive");

        var resourceNames = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < d.Resources.Count; r++)
        {
            var res = d.Resources[r];
            if (string.IsNullOrWhiteSpace(res.Name))
                Add(ScenarioKeys.Resource(r + 1, "name"), "missing or empty");
            else if (!resourceNames.Add(res.Name))
                Add(ScenarioKeys.Resource(r + 1, "name"), $"'{res.Name}' is used by another resource");
            if (res.Capacity < 1)
                Add(ScenarioKeys.Resource(r + 1, "capacity"), $"{res.Capacity} must be at least 1");
        }

        var n = d.Tasks.Count;
        if (n == 0)
            Add("tasks", "missing or empty: a process needs at least one task");
        var idCount = new int[n + 1];
        for (var t = 0; t < n; t++)
        {
            var task = d.Tasks[t];
            if (task.Id is not { } id)
                Add(ScenarioKeys.Task(t + 1, "id"), "missing");
            else if (id < 1 || id > n)
                Add(ScenarioKeys.Task(t + 1, "id"), $"{id} is outside 1..{n} (task ids number the {n} tasks)");
            else if (++idCount[id] == 2)
                Add(ScenarioKeys.Task(t + 1, "id"), $"{id} is used by another task");
            if (task.Duration is not { } duration)
                Add(ScenarioKeys.Task(t + 1, "duration"), "missing");
            else if (!double.IsFinite(duration))
                Add(ScenarioKeys.Task(t + 1, "duration"), $"{duration} is not a finite number");
            else if (duration <= 0)
                Add(ScenarioKeys.Task(t + 1, "duration"), $"{duration} must be positive");
            else if (duration > TimeScales.MaxTime)
                Add(ScenarioKeys.Task(t + 1, "duration"), $"{duration} is more than the longest time DevSim takes ({TimeScales.G(TimeScales.MaxTime)} days)");
            if (task.Resource is { } resource && !resourceNames.Contains(resource))
                Add(ScenarioKeys.Task(t + 1, "resource"), UnlistedResource(resource, [.. d.Resources.Select(r => r.Name).OfType<string>().Where(n => n.Trim().Length > 0).Distinct()]));
        }
        var durations = d.Tasks.Select(t => t.Duration ?? double.NaN).Where(v => double.IsFinite(v) && v > 0 && v <= TimeScales.MaxTime).ToList();
        if (durations.Count > 1 && TimeScales.DurationProblem(durations.Min(), durations.Max()) is { } scales)
            Add("tasks", scales);
        // Resources are the listed ones plus one per task that names none, called after the task.
        var allResources = resourceNames.Concat(d.Tasks.Where(t => t.Resource is null).Select(t => string.IsNullOrWhiteSpace(t.Name) ? $"Task {t.Id}" : t.Name!))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (resource, _) in d.Staffing.Where(s => !allResources.Contains(s.Key)))
            Add($"staffing, {resource}", "is not a resource of this scenario (a listed resource, or the name of a task that has its own)");
        var missingIds = Enumerable.Range(1, n).Where(id => idCount[id] == 0).ToList();
        if (n > 0 && missingIds.Count > 0 && missingIds.Count < n)
            Add("tasks", $"no task has id {string.Join(", ", missingIds)}: ids must be 1..{n}");

        // Without tasks, the matrices and the sequence have nothing to be measured against: say only what is missing.
        if (n == 0)
        {
            if (d.ReworkProbability is null)
                Add(ScenarioKeys.Probability, "missing");
            if (d.ReworkImpact is null)
                Add(ScenarioKeys.Impact, "missing");
            return problems;
        }
        CheckMatrix(d.ReworkProbability, ScenarioKeys.Probability, n, problems, isProbability: true);
        CheckMatrix(d.ReworkImpact, ScenarioKeys.Impact, n, problems, isProbability: false);

        var pairsValid = true;
        for (var k = 0; k < d.Precedence.Count; k++)
        {
            var (before, after) = (d.Precedence[k].BeforeId, d.Precedence[k].AfterId);
            var bad = new[] { before, after }.Where(id => id < 1 || id > n).ToList();
            if (bad.Count > 0)
                Add(ScenarioKeys.Precedence(k + 1), $"{d.Precedence[k]} names task {string.Join(" and ", bad)}, which does not exist (ids are 1..{n})");
            else if (before == after)
                Add(ScenarioKeys.Precedence(k + 1), $"{d.Precedence[k]} puts task {before} before itself");
            else
                continue;
            pairsValid = false;
        }
        if (pairsValid && PrecedenceConstraints.FindCycle(n, d.Precedence) is { } cycle)
        {
            Add("precedence", $"the pairs form a cycle through tasks {string.Join(" -> ", cycle)}: no order can respect them");
            pairsValid = false;
        }

        if (d.Sequence is { } sequence)
        {
            var sequenceProblems = SequenceCheck.Problems(sequence.ToList(), n);
            foreach (var message in sequenceProblems)
                Add("sequence", message);
            if (sequenceProblems.Count == 0 && pairsValid && new PrecedenceConstraints(n, d.Precedence).BrokenBy(sequence.ToList()) is { } broken)
                Add("sequence", PrecedenceConstraints.BrokenMessage(broken));
        }
        return problems;
    }

    /// <summary>
    /// What a task's unknown resource is told: the nearest listed name when it looks like a slip, else the names listed (up to
    /// <see cref="ListedResourcesShown"/>), or that none are, so the fix is on the line without opening the file's top.
    /// </summary>
    private static string UnlistedResource(string resource, IReadOnlyCollection<string> listed)
    {
        var problem = $"'{resource}' is not a resource listed under resources";
        if (listed.Count == 0)
            return problem + ", which lists none: add it there with its capacity, or leave the task's resource out for one of its own";
        if (NearestKey.For(resource, listed) is { } nearest)
            return $"{problem}; did you mean '{nearest}'?";
        return listed.Count <= ListedResourcesShown ? $"{problem} (they are {string.Join(", ", listed.Select(n => $"'{n}'"))})" : problem;
    }

    /// <summary>The most resource names an unknown resource's message lists.</summary>
    private const int ListedResourcesShown = 12;

    public static DurationDistribution? ParseDistribution(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "triangular" => DurationDistribution.Triangular,
        "uniform" => DurationDistribution.Uniform,
        "fixed" or "deterministic" => DurationDistribution.Fixed,
        _ => null,
    };

    private static void CheckMatrix(IList<IList<double>>? matrix, string key, int n, List<InputProblem> problems, bool isProbability)
    {
        if (matrix is null)
        {
            problems.Add(new InputProblem(key, "missing"));
            return;
        }
        if (matrix.Count != n)
            problems.Add(new InputProblem(key, $"has {matrix.Count} rows, expected {n} (one per task)"));
        for (var i = 0; i < matrix.Count; i++)
        {
            var row = matrix[i];
            if (row.Count != n)
            {
                problems.Add(new InputProblem(ScenarioKeys.Row(key, i + 1), $"has {row.Count} columns, expected {n} (one per task)"));
                continue;
            }
            for (var j = 0; j < row.Count; j++)
            {
                var v = row[j];
                var cell = ScenarioKeys.Cell(key, i + 1, j + 1);
                if (!double.IsFinite(v))
                    problems.Add(new InputProblem(cell, $"{v} is not a finite number"));
                else if (isProbability && (v < 0 || v > 1))
                    problems.Add(new InputProblem(cell, $"{v} is not a probability: must be within [0, 1]"));
                else if (!isProbability && v < 0)
                    problems.Add(new InputProblem(cell, $"{v} is negative: a rework impact is a fraction of the task's work, 0 or more"));
            }
        }
    }
}
