using DevSim.Engine.Input;
using System.Collections.ObjectModel;

namespace DevSim.Engine.Scenarios;

/// <summary>
/// A validated, immutable development process: tasks, the resources that perform them, the
/// duration model and the two rework matrices (docs/model.md#tasks-resources-and-durations, #the-rework-matrices). Build one with
/// <see cref="Create"/> or read one with <see cref="ScenarioReader"/>.
/// </summary>
public sealed class Scenario
{
    private readonly double[] _probability;
    private readonly double[] _impact;

    // The cells whose causing task draws a random number for them when it completes; null means the
    // non-zeros of RP. A variant made by WithCoupling keeps its original's layout, so a cell set to 0
    // still consumes its draw and every other draw stays where it was (common random numbers).
    private readonly bool[]? _drawLayout;

    private Scenario(string name, DurationModel durations, TaskDefinition[] tasks, ResourceDefinition[] resources,
        double[] probability, double[] impact, int[] sequence, ModelReadings readings, PrecedenceConstraints precedence, bool[]? drawLayout = null)
    {
        Readings = readings;
        _drawLayout = drawLayout;
        Precedence = precedence;
        Name = name;
        Durations = durations;
        Tasks = new ReadOnlyCollection<TaskDefinition>(tasks);
        Resources = new ReadOnlyCollection<ResourceDefinition>(resources);
        DefaultSequence = new ReadOnlyCollection<int>(sequence);
        _probability = probability;
        _impact = impact;
    }

    /// <summary>The readings of the paper's text this scenario is simulated under (docs/model.md#readings-of-the-paper).</summary>
    public ModelReadings Readings { get; }

    /// <summary>
    /// This scenario under other readings. The matrices as this class returns them always have the
    /// reworked task as the row, so a change of <see cref="ModelReadings.CausingTaskRows"/> transposes them.
    /// </summary>
    public Scenario WithReadings(ModelReadings readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var transpose = readings.CausingTaskRows != Readings.CausingTaskRows;
        return new Scenario(Name, Durations, [.. Tasks], [.. Resources],
            transpose ? Transpose(_probability, TaskCount) : _probability, transpose ? Transpose(_impact, TaskCount) : _impact,
            [.. DefaultSequence], readings, Precedence);
    }

    /// <summary>The scenario's name.</summary>
    public string Name { get; }

    /// <summary>The distribution of execution durations.</summary>
    public DurationModel Durations { get; }

    /// <summary>The tasks, ordered by id (task id k is at index k - 1).</summary>
    public IReadOnlyList<TaskDefinition> Tasks { get; }

    /// <summary>The resources; <see cref="TaskDefinition.Resource"/> indexes this list.</summary>
    public IReadOnlyList<ResourceDefinition> Resources { get; }

    /// <summary>The scenario's own sequence of task ids (1..n in order when the file gives none).</summary>
    public IReadOnlyList<int> DefaultSequence { get; }

    /// <summary>The precedence constraints (none unless the scenario lists some): every sequence used must respect them.</summary>
    public PrecedenceConstraints Precedence { get; }

    /// <summary>The number of tasks n.</summary>
    public int TaskCount => Tasks.Count;

    /// <summary>
    /// The shortest a project can take, in days: every task executed once, one after another, each at its shortest
    /// (<see cref="DurationModel.ShortestFactor"/>), with no rework and no waiting. A due allowance below it can never be met.
    /// </summary>
    public double ShortestProject => Tasks.Sum(t => t.Duration) * Durations.ShortestFactor;

    /// <summary>RP: the probability that task <paramref name="reworkedId"/>, done before <paramref name="causingId"/>, is reworked because of it. Diagonal cells read 0.</summary>
    public double ReworkProbability(int reworkedId, int causingId) => _probability[Cell(reworkedId, causingId)];

    /// <summary>RI: the size of that rework as a fraction of the reworked task's full work. Diagonal cells read 0.</summary>
    public double ReworkImpact(int reworkedId, int causingId) => _impact[Cell(reworkedId, causingId)];

    /// <summary>
    /// A copy of this scenario with one coupling changed: RP and RI of the cell (<paramref name="reworkedId"/>,
    /// <paramref name="causingId"/>) set to the given values, everything else as here.
    /// </summary>
    /// <remarks>
    /// The copy draws its random numbers in exactly the pattern this scenario does: a cell set to 0
    /// still consumes its draw when its causing task completes. Run with the same seed, the two are
    /// paired replication by replication (common random numbers), so their difference is due to
    /// the changed cell alone; a cell that never fires changes nothing, bit for bit. A cell that
    /// is 0 here cannot be raised (it has no draw to use).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">An id is outside 1..n, the two ids are equal, the
    /// probability is outside [0, 1], the impact negative or not finite, or the cell has no draw here.</exception>
    public Scenario WithCoupling(int reworkedId, int causingId, double probability, double impact)
    {
        var cell = Cell(reworkedId, causingId);
        if (reworkedId == causingId)
            throw new ArgumentOutOfRangeException(nameof(causingId), causingId, $"the diagonal cell ({reworkedId}, {causingId}) is not a coupling");
        if (!(probability is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "expected a probability in [0, 1]");
        if (!(impact >= 0) || !double.IsFinite(impact))
            throw new ArgumentOutOfRangeException(nameof(impact), impact, "expected a finite impact of 0 or more");
        var layout = _drawLayout ?? Array.ConvertAll(_probability, p => p > 0);
        if (probability > 0 && !layout[cell])
            throw new ArgumentOutOfRangeException(nameof(probability), probability, $"cell ({reworkedId}, {causingId}) is 0 in the original and has no random draw to use");
        var rp = (double[])_probability.Clone();
        var ri = (double[])_impact.Clone();
        rp[cell] = probability;
        ri[cell] = impact;
        return new Scenario(Name, Durations, [.. Tasks], [.. Resources], rp, ri, [.. DefaultSequence], Readings, Precedence, layout);
    }

    /// <summary>
    /// A copy of this scenario with resource <paramref name="resource"/> (an index into <see cref="Resources"/>) given
    /// <paramref name="capacity"/> servers, everything else as here.
    /// </summary>
    /// <remarks>
    /// Random numbers belong to projects and tasks, never to servers (docs/model.md#stream-keys), and the copy keeps
    /// this scenario's pattern of draws (a <see cref="WithCoupling"/> copy's included), so the two run with one seed
    /// are paired replication by replication (common random numbers): only the waiting differs, and a resource
    /// that never has a queue changes nothing, bit for bit.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the resources, or the capacity is below 1.</exception>
    public Scenario WithCapacity(int resource, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(resource);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(resource, Resources.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var resources = Resources.ToArray();
        resources[resource] = resources[resource] with { Capacity = capacity };
        return new Scenario(Name, Durations, [.. Tasks], resources, _probability, _impact, [.. DefaultSequence], Readings, Precedence, _drawLayout);
    }

    /// <summary>Whether a completion of <paramref name="causingId"/> draws a random number for <paramref name="reworkedId"/> (see <see cref="WithCoupling"/>).</summary>
    internal bool DrawsFor(int reworkedId, int causingId)
    {
        var cell = Cell(reworkedId, causingId);
        return reworkedId != causingId && (_drawLayout?[cell] ?? _probability[cell] > 0);
    }

    /// <summary>Whether <paramref name="definition"/> is valid; <paramref name="problems"/> lists every problem otherwise.</summary>
    public static bool IsValid(ScenarioDefinition definition, out IReadOnlyList<InputProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(definition);
        problems = ScenarioValidator.Validate(definition);
        return problems.Count == 0;
    }

    /// <summary>Builds a scenario, or throws <see cref="ScenarioException"/> listing every problem.</summary>
    /// <param name="definition">The raw content.</param>
    /// <param name="source">Where it came from (a file path), for the messages.</param>
    public static Scenario Create(ScenarioDefinition definition, string? source = null)
    {
        if (!IsValid(definition, out var problems))
            throw new ScenarioException(source, problems);

        var n = definition.Tasks.Count;
        var resources = definition.Resources.Select(r => new ResourceDefinition(r.Name!, r.Capacity)).ToList();
        var resourceIndex = resources.Select((r, i) => (r.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var tasks = new TaskDefinition[n];
        foreach (var entry in definition.Tasks.OrderBy(t => t.Id))
        {
            var id = entry.Id!.Value;
            var name = string.IsNullOrWhiteSpace(entry.Name) ? $"Task {id}" : entry.Name!;
            int resource;
            if (entry.Resource is { } shared)
            {
                resource = resourceIndex[shared];
            }
            else
            {
                resource = resources.Count;
                resources.Add(new ResourceDefinition(name, 1));
            }
            tasks[id - 1] = new TaskDefinition(id, name, entry.Duration!.Value, resource);
        }

        var probability = Flatten(definition.ReworkProbability!, n);
        var impact = Flatten(definition.ReworkImpact!, n);
        var precedence = new PrecedenceConstraints(n, definition.Precedence);
        var sequence = definition.Sequence?.ToArray() ?? precedence.FirstOrder(); // 1..n when there are no constraints
        var durations = new DurationModel(ScenarioValidator.ParseDistribution(definition.Distribution)!.Value, definition.Spread);
        var staffed = resources.Select(r => definition.Staffing.TryGetValue(r.Name, out var person) ? r with { Person = person } : r).ToArray();
        var readings = definition.Readings;
        if (readings.CausingTaskRows)
        {
            // docs/model.md#reading-e-rows-are-the-causing-task: held as row = the task reworked, like every other scenario.
            probability = Transpose(probability, n);
            impact = Transpose(impact, n);
        }
        return new Scenario(definition.Name!, durations, tasks, staffed, probability, impact, sequence, readings, precedence);
    }

    /// <summary>
    /// Checks a sequence of task ids for this scenario: a permutation of the ids that respects every precedence pair;
    /// throws <see cref="ScenarioException"/> naming the problem (or the first pair broken).
    /// </summary>
    public int[] CheckSequence(IReadOnlyList<int> ids, string key = "sequence")
    {
        ArgumentNullException.ThrowIfNull(ids);
        var problems = SequenceCheck.Problems(ids, TaskCount);
        if (problems.Count == 0 && Precedence.BrokenBy(ids) is { } broken)
            problems = [PrecedenceConstraints.BrokenMessage(broken)];
        if (problems.Count > 0)
            throw new ScenarioException(null, problems.Select(m => new InputProblem(key, m)).ToList());
        return [.. ids];
    }

    private int Cell(int reworkedId, int causingId)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reworkedId, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reworkedId, TaskCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(causingId, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(causingId, TaskCount);
        return (reworkedId - 1) * TaskCount + (causingId - 1);
    }

    private static double[] Transpose(double[] flat, int n)
    {
        var result = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
                result[j * n + i] = flat[i * n + j];
        }
        return result;
    }

    private static double[] Flatten(IList<IList<double>> matrix, int n)
    {
        var flat = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
                flat[i * n + j] = i == j ? 0 : matrix[i][j]; // docs/model.md#diagonals-are-ignored
        }
        return flat;
    }
}
