using DevSim.Engine.Randomness;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Rules;

/// <summary>
/// A scenario compiled into flat arrays for the simulation loops: 0-based task indices, the
/// duration sampler's constants, and the rework matrices stored by column as sparse lists (the
/// cells that a completion of task j can fire), so that a completion touches only its non-zeros.
/// </summary>
internal sealed class ProcessModel
{
    private readonly ulong[] _taskStreamKeys;

    public ProcessModel(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        TaskCount = scenario.TaskCount;
        var n = TaskCount;
        TaskResource = scenario.Tasks.Select(t => t.Resource).ToArray();
        ResourceCapacity = scenario.Resources.Select(r => r.Capacity).ToArray();
        Durations = new DurationSampler(scenario.Durations, scenario.Tasks.Select(t => t.Duration).ToArray());

        var readings = scenario.Readings;
        ScaledProbability = readings.ScaledProbability;
        ScaledAmount = readings.ScaledAmount;
        PendingAddsUp = readings.Pending == PendingRework.Sum;
        DefaultReworkRule = ScaledProbability && ScaledAmount && !PendingAddsUp;
        QueuedProjectsLeave = readings.QueuedProjectsLeave;
        TaskDuration = scenario.Tasks.Select(t => t.Duration).ToArray();
        Probability = new double[n * n];
        Impact = new double[n * n];
        for (var x = 0; x < n; x++)
        {
            for (var j = 0; j < n; j++)
            {
                if (x == j)
                    continue;
                Probability[x * n + j] = scenario.ReworkProbability(x + 1, j + 1);
                Impact[x * n + j] = scenario.ReworkImpact(x + 1, j + 1);
            }
        }

        ColumnStart = new int[n + 1];
        var rows = new List<int>();
        var probability = new List<double>();
        var impact = new List<double>();
        for (var j = 0; j < n; j++)
        {
            ColumnStart[j] = rows.Count;
            for (var x = 0; x < n; x++)
            {
                if (!scenario.DrawsFor(x + 1, j + 1))
                    continue;
                rows.Add(x);
                probability.Add(scenario.ReworkProbability(x + 1, j + 1));
                impact.Add(scenario.ReworkImpact(x + 1, j + 1));
            }
        }
        ColumnStart[n] = rows.Count;
        ColumnRow = [.. rows];
        ColumnProbability = [.. probability];
        ColumnImpact = [.. impact];
        ColumnEntries = [.. rows.Select((x, k) => new ColumnEntry(x, probability[k], impact[k]))];
        _taskStreamKeys = Enumerable.Range(0, n).Select(t => SeedMixer.MixKey((ulong)t)).ToArray();
    }

    /// <summary>The scenario's precedence constraints.</summary>
    public PrecedenceConstraints Precedence => Scenario.Precedence;

    /// <summary>The scenario this was compiled from.</summary>
    public Scenario Scenario { get; }

    /// <summary>Reading (a): whether the rework probability is scaled by the causing execution's amount (default true).</summary>
    public bool ScaledProbability { get; }

    /// <summary>Reading (b): whether the rework amount is scaled by the causing execution's amount (default true).</summary>
    public bool ScaledAmount { get; }

    /// <summary>Reading (d): whether a queued project leaves its queue for a later task whose resource has gone idle (default false).</summary>
    public bool QueuedProjectsLeave { get; }

    /// <summary>Reading (c): whether pending rework adds up rather than the larger winning (default false).</summary>
    public bool PendingAddsUp { get; }

    /// <summary>Whether (a), (b) and (c) are all at their defaults: the rework rule's short path.</summary>
    public bool DefaultReworkRule { get; }

    /// <summary>n.</summary>
    public int TaskCount { get; }

    /// <summary>The resource index of each task.</summary>
    public int[] TaskResource { get; }

    /// <summary>The capacity of each resource.</summary>
    public int[] ResourceCapacity { get; }

    /// <summary>Draws execution durations.</summary>
    public DurationSampler Durations { get; }

    /// <summary>Each task's nominal duration d: the mean time of a full execution (every duration model is centred on d).</summary>
    public double[] TaskDuration { get; }

    /// <summary>RP dense, row x (the task reworked) times n plus column j (the task whose completion causes it); diagonal 0.</summary>
    public double[] Probability { get; }

    /// <summary>RI dense, laid out as <see cref="Probability"/>.</summary>
    public double[] Impact { get; }

    /// <summary>Column j's non-zeros are at [ColumnStart[j], ColumnStart[j + 1]).</summary>
    public int[] ColumnStart { get; }

    /// <summary>The task x that column j's k-th non-zero can rework.</summary>
    public int[] ColumnRow { get; }

    /// <summary>RP[x][j] of that non-zero.</summary>
    public double[] ColumnProbability { get; }

    /// <summary>RI[x][j] of that non-zero.</summary>
    public double[] ColumnImpact { get; }

    /// <summary>The same non-zeros packed together (row, RP, RI), so the rework rule's loop reads one array.</summary>
    public ColumnEntry[] ColumnEntries { get; }

    /// <summary>
    /// Sets up a new project's per-task state: every task pending a full execution, none done, and
    /// one stream per task seeded from <paramref name="seed"/> (task t's starts at
    /// <c>SeedMixer.Derive(seed, t)</c>, with the key half of that derivation computed once here).
    /// </summary>
    public void StartProject(Span<double> pending, Span<bool> done, Span<SplitMix64> streams, ulong seed)
    {
        pending.Fill(1);
        done.Clear();
        var keys = _taskStreamKeys;
        for (var t = 0; t < keys.Length; t++)
            streams[t] = new SplitMix64(SeedMixer.DeriveMixed(seed, keys[t]));
    }

    /// <summary>Converts a sequence of 1-based task ids into 0-based task indices, checking it.</summary>
    public int[] ToIndices(IReadOnlyList<int> sequenceIds) => Scenario.CheckSequence(sequenceIds).Select(id => id - 1).ToArray();
}
