using DevSim.Engine.Experiments;
using DevSim.Engine.Simulation;

namespace DevSim.Runner.Sweep;

/// <summary>
/// <c>plan.json</c> in a sweep's output folder: which experiment the cells belong to (its fingerprint), what decides a
/// cell's numbers (<see cref="Experiment.CellSettings"/> and their fingerprint, which every cell file carries), the
/// sequences its searches found (so that other shards and resumed runs do not search again) and the grid points (so
/// that merge needs neither the experiment file nor the scenarios).
/// </summary>
internal sealed record SweepPlanFile(string Format, string Experiment, string Fingerprint, string CellFingerprint,
    IReadOnlyDictionary<string, string> CellSettings, ulong Seed, string Arrivals,
    int Projects, int Warmup, int Replications, int Cells, IReadOnlyList<FoundSequence> Found, IReadOnlyList<PlanPoint> Points)
{
    /// <summary>Format 2 names cell files by grid point and replication (format 1 numbered them by position).</summary>
    public const string CurrentFormat = "devsim-sweep/2";

    public static SweepPlanFile From(ExperimentPlan plan)
    {
        var e = plan.Experiment;
        return new SweepPlanFile(CurrentFormat, e.Name, plan.Fingerprint, e.CellFingerprint(), e.CellSettings(), e.Seed, e.IsPortfolio ? "per type" : e.Arrivals.ToString().ToLowerInvariant(),
            e.Projects, e.Arrivals == ArrivalPattern.Isolated ? 0 : e.EffectiveWarmup, e.Replications, plan.CellCount, plan.Found, plan.Points);
    }

    /// <summary>
    /// What makes the plan impossible for a sweep to have written (a hand edit, a broken copy), as "key is value (why)";
    /// null when it is whole. Its counts divide and index the cells, so a bad one would end a merge as an internal error.
    /// </summary>
    public string? Problem()
    {
        if (Points is null || CellSettings is null || Found is null || Experiment is null || CellFingerprint is null)
            return "points, cellSettings, found, experiment and cellFingerprint are all needed";
        if (Points.Count == 0 || Points.Any(p => p is null))
            return "points has no grid point, or a null one";
        if (Points.Select((p, i) => (p, i)).FirstOrDefault(x => x.p.Scenario is null || x.p.SequenceLabel is null || x.p.Sequence is null) is { p: not null } incomplete)
            return $"points[{incomplete.i}] lacks its scenario, sequenceLabel or sequence";
        if (PointProblem() is { } point)
            return point;
        if (Replications < 1)
            return $"replications is {Replications} (1 or more)";
        if (Cells != (long)Points.Count * Replications)
            return $"cells is {Cells}, but {Points.Count} grid point{(Points.Count == 1 ? "" : "s")} x {Replications} replications are {(long)Points.Count * Replications} cells";
        if (Projects < 1)
            return $"projects is {Projects} (1 or more)";
        if (Warmup < 0 || Warmup >= Projects)
            return $"warmup is {Warmup} (0 or more, and fewer than the {Projects} projects)";
        return FingerprintProblem() ?? SettingsProblem();
    }

    /// <summary>
    /// The cell fingerprint is the hash of the cell settings (<see cref="Engine.Experiments.Experiment.CellFingerprintOf"/>), and every cell
    /// file is checked against it: a plan whose two disagree (a hand edit of either, parts of two plans mixed) once merged
    /// cells computed under other settings than the ones it shows.
    /// </summary>
    private string? FingerprintProblem()
    {
        if (CellSettings.Any(p => p.Value is null))
            return $"cellSettings.{CellSettings.First(p => p.Value is null).Key} is null, but every cell setting is a text";
        var computed = Engine.Experiments.Experiment.CellFingerprintOf(CellSettings);
        return computed == CellFingerprint ? null
            : $"cellFingerprint is {CellFingerprint}, but its cellSettings hash to {computed}: the cells it names were computed under other settings than it shows";
    }

    /// <summary>
    /// Where the settings merge writes into the results (seed, projects, warm-up, arrivals) differ from the cell settings the
    /// cells were computed under, as sweep writes both from one experiment: a hand edit of one once labelled the merged
    /// results with settings their numbers were not run under. A key the cell settings do not hold is not compared
    /// (a portfolio's arrivals are per type; isolated projects have no warm-up).
    /// </summary>
    private string? SettingsProblem()
    {
        var isolated = Arrivals == "isolated";
        (string Key, string Setting, string Value)[] pairs =
        [
            ("seed", "seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("projects", "projects", Projects.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("warmup", isolated ? "" : "warm-up", Warmup.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("arrivals", "arrivals", Arrivals ?? "null"),
        ];
        foreach (var (key, setting, value) in pairs)
        {
            if (CellSettings.TryGetValue(setting, out var cells) && cells != value)
                return $"{key} is {value}, but cellSettings says {setting} {cells}, the settings its cells were computed under";
        }
        return null;
    }

    /// <summary>
    /// What makes a grid point one a sweep never writes: out of its place (a cell's point is its place, which merge checks
    /// against the point's index), of the other kind than the first (an experiment sweeps scenarios or portfolios), a
    /// scenario's without a sequence, a portfolio's without its types, or the same point twice. A repeated point named
    /// the same cell files as the first, so the first's cells read as missing (exit 3); an index out of place was an
    /// internal error.
    /// </summary>
    private string? PointProblem()
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var portfolio = Points[0].Portfolio is not null;
        for (var i = 0; i < Points.Count; i++)
        {
            var p = Points[i];
            if (p.Index != i)
                return $"points[{i}].index is {p.Index}, but must be {i} (its place in points)";
            if ((p.Portfolio is not null) != portfolio)
                return $"points[{i}] is a {(portfolio ? "scenario" : "portfolio")}'s grid point, but points[0] is a {(portfolio ? "portfolio" : "scenario")}'s (a sweep runs one kind)";
            if (!Enum.IsDefined(p.Policy))
                return $"points[{i}].policy is {(int)p.Policy}, not a sequencing policy";
            if (p.Portfolio is { } setting)
            {
                if (!Enum.IsDefined(setting.Discipline))
                    return $"points[{i}].portfolio.discipline is {(int)setting.Discipline}, not a queue discipline";
                if (setting.Types is not { Count: > 0 } types || types.Any(t => t is null))
                    return $"points[{i}].portfolio.types is missing, empty or holds a null";
                if (p.Sequence.Count > 0)
                    return $"points[{i}] has a portfolio and a sequence, but a portfolio's grid point has no sequence (its types have theirs)";
            }
            else if (p.Sequence.Count == 0)
                return $"points[{i}].sequence is empty, but a scenario's grid point runs a sequence of its tasks";
            if (!seen.TryAdd(p.Key(), i))
                return $"points[{i}] is the same grid point as points[{seen[p.Key()]}] ({Describe(p)}), but a sweep runs each once";
        }
        return null;
    }

    /// <summary>A grid point described for people: its scenario and sequence, policy and interarrival, or its portfolio's setting.</summary>
    public static string Describe(PlanPoint p) => p.Portfolio is { } s
        ? $"{p.Scenario}, {s.Discipline.Name()}, wip-cap {s.WipCapText}, load factor {s.LoadFactor.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}"
        : $"{p.Scenario}, sequence {p.SequenceLabel}, {p.Policy.Name()}" + (p.Interarrival is { } ia ? $", interarrival {ia.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}" : "");

    /// <summary>Whether the plan sweeps portfolios (docs/model.md#portfolio-sweeps): its merged results have a row per type.</summary>
    public bool IsPortfolio => Points.Count > 0 && Points[0].Portfolio is not null;

    /// <summary>The grid point of a cell (cells are numbered point by point, replication by replication).</summary>
    public PlanPoint PointOf(int cell) => Points[cell / Replications];

    /// <summary>The file name (without folder and extension) of cell <paramref name="cell"/>: its point's key and its replication.</summary>
    public string CellName(int cell) => CellName(PointOf(cell), cell % Replications);

    /// <summary>The file name of replication <paramref name="replication"/> of <paramref name="point"/>.</summary>
    public static string CellName(PlanPoint point, int replication) =>
        $"{point.Key()}-{replication.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Each cell's index by its file name.</summary>
    public Dictionary<string, int> CellsByName()
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < Points.Count; p++)
        {
            var key = Points[p].Key();
            for (var r = 0; r < Replications; r++)
                names[$"{key}-{r.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)}"] = p * Replications + r;
        }
        return names;
    }

    /// <summary>Whether every cell of <paramref name="other"/> is a cell of this plan (the same points, at most as many replications).</summary>
    public bool Covers(SweepPlanFile other)
    {
        var keys = Points.Select(p => p.Key()).ToHashSet(StringComparer.Ordinal);
        return other.Replications <= Replications && other.Points.All(p => keys.Contains(p.Key()));
    }

    /// <summary>The cell settings that differ from <paramref name="other"/>'s, in words ("seed 1, now 2"); empty when none does.</summary>
    public IReadOnlyList<string> CellSettingChanges(SweepPlanFile other) => Changes(CellSettings, other.CellSettings);

    /// <summary>The settings that differ between <paramref name="earlier"/> and <paramref name="later"/>, in words; empty when none does.</summary>
    public static IReadOnlyList<string> Changes(IReadOnlyDictionary<string, string> earlier, IReadOnlyDictionary<string, string> later)
    {
        var changes = new List<string>();
        foreach (var key in earlier.Keys.Union(later.Keys).Order(StringComparer.Ordinal))
        {
            var before = earlier.GetValueOrDefault(key);
            var after = later.GetValueOrDefault(key);
            if (before == after)
                continue;
            changes.Add(before is null ? $"{key} added" : after is null ? $"{key} removed"
                : key.StartsWith("process ", StringComparison.Ordinal) || key == "sequence search" ? $"{key} changed" : $"{key} {before}, now {after}");
        }
        return changes;
    }
}
