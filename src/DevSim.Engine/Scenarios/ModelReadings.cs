namespace DevSim.Engine.Scenarios;

/// <summary>
/// Which reading of the paper's text the model follows where the text allows more than one
/// (docs/model.md#readings-of-the-paper): a scenario file's <c>model:</c> block, or the matching
/// options of evaluate and simulate. The defaults are DevSim's decisions; every result without a
/// <c>model:</c> block is unchanged.
/// </summary>
public sealed record ModelReadings
{
    /// <summary>The scenario-file keys of the <c>model:</c> block, in the order they are documented.</summary>
    public static readonly IReadOnlyList<string> Keys = ["rework-probability", "rework-amount", "pending-rework", "matrix-rows", "queued-projects"];

    /// <summary>DevSim's decisions: every reading at its default.</summary>
    public static ModelReadings Default { get; } = new();

    /// <summary>(a) false: the rework probability is RP itself, not scaled by the amount of the execution that causes it.</summary>
    public bool ScaledProbability { get; init; } = true;

    /// <summary>(b) false: the rework amount is RI itself, not scaled by the amount of the execution that causes it.</summary>
    public bool ScaledAmount { get; init; } = true;

    /// <summary>(c) <see cref="PendingRework.Sum"/>: pending rework adds up instead of the larger winning.</summary>
    public PendingRework Pending { get; init; } = PendingRework.Larger;

    /// <summary>(e) true: the file's matrices have the causing task as the row (they are transposed when read).</summary>
    public bool CausingTaskRows { get; init; }

    /// <summary>
    /// (d) true: under dynamic (and rework-aware) sequencing a queued project leaves its queue for a later
    /// pending task whose resource has gone idle. No effect under static sequencing, which never takes another task.
    /// </summary>
    public bool QueuedProjectsLeave { get; init; }

    /// <summary>Whether every reading is DevSim's default.</summary>
    public bool IsDefault => this == Default;

    /// <summary>The value of <paramref name="key"/> as a file or option spells it.</summary>
    public string ValueOf(string key) => key switch
    {
        "rework-probability" => ScaledProbability ? "scaled" : "unscaled",
        "rework-amount" => ScaledAmount ? "scaled" : "unscaled",
        "pending-rework" => Pending == PendingRework.Larger ? "larger" : "sum",
        "matrix-rows" => CausingTaskRows ? "causing" : "reworked",
        "queued-projects" => QueuedProjectsLeave ? "leave" : "stay",
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a model reading"),
    };

    /// <summary>The values <paramref name="key"/> accepts, the default first.</summary>
    public static IReadOnlyList<string> ValuesOf(string key) => key switch
    {
        "rework-probability" or "rework-amount" => ["scaled", "unscaled"],
        "pending-rework" => ["larger", "sum"],
        "matrix-rows" => ["reworked", "causing"],
        "queued-projects" => ["stay", "leave"],
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a model reading"),
    };

    /// <summary>
    /// These readings with <paramref name="key"/> set to <paramref name="value"/>; null when the value is
    /// not one of <see cref="ValuesOf"/>.
    /// </summary>
    public ModelReadings? With(string key, string value) => (key, value) switch
    {
        ("rework-probability", "scaled" or "unscaled") => this with { ScaledProbability = value == "scaled" },
        ("rework-amount", "scaled" or "unscaled") => this with { ScaledAmount = value == "scaled" },
        ("pending-rework", "larger" or "sum") => this with { Pending = value == "larger" ? PendingRework.Larger : PendingRework.Sum },
        ("matrix-rows", "reworked" or "causing") => this with { CausingTaskRows = value == "causing" },
        ("queued-projects", "stay" or "leave") => this with { QueuedProjectsLeave = value == "leave" },
        _ => null,
    };

    /// <summary>The readings that differ from the default, as "key: value" (empty for the default).</summary>
    public override string ToString() => string.Join(", ", Keys.Where(k => ValueOf(k) != Default.ValueOf(k)).Select(k => $"{k}: {ValueOf(k)}"));
}
