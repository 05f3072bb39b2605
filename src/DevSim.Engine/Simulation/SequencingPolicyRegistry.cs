using DevSim.Engine.Rules;

namespace DevSim.Engine.Simulation;

/// <summary>
/// The sequencing policies: their names in files, options and results (static, dynamic,
/// rework-aware), their one-line descriptions, and the run that carries each out. The one place
/// a policy is listed; the CLI, experiment files and portfolio files read it from here.
/// </summary>
public static class SequencingPolicyRegistry
{
    private static readonly IRunFactory PerType = new RunFactory<PerTypePolicy>();

    private static readonly PolicyEntry[] Entries =
    [
        new(SequencingPolicy.Static, "static", "always the first pending task in the sequence", new RunFactory<StaticPolicy>()),
        new(SequencingPolicy.Dynamic, "dynamic", "if its resource is busy, the first later pending task whose resource is idle",
            new RunFactory<DynamicPolicy>()),
        new(SequencingPolicy.ReworkAware, "rework-aware",
            "like dynamic, but only to the idle task with the least expected extra rework, and only when that rework is less than the expected wait",
            new RunFactory<ReworkAwarePolicy>()),
    ];

    /// <summary>Every name, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Entries.Select(e => e.Name)];

    /// <summary>"name: description" for every policy, separated by "; ", for help texts.</summary>
    public static string Help { get; } = string.Join("; ", Entries.Select(e => $"{e.Name}: {e.Description}")) + ".";

    /// <summary>The policy's name.</summary>
    public static string Name(this SequencingPolicy policy) => Entry(policy).Name;

    /// <summary>The policy's one-line description.</summary>
    public static string Description(this SequencingPolicy policy) => Entry(policy).Description;

    /// <summary>The policy named <paramref name="name"/>, or null.</summary>
    public static SequencingPolicy? Parse(string? name) =>
        Entries.Where(e => e.Name == name).Select(e => (SequencingPolicy?)e.Policy).FirstOrDefault();

    /// <summary>Working memory for replications of <paramref name="model"/> under <paramref name="policy"/>, queueing first come, first served.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="model">The process.</param>
    /// <param name="usePositionSets">Whether to use <see cref="PositionSets"/> when n ≤ 64; false only to test them against the scans.</param>
    internal static IMultiProjectRun CreateRun(SequencingPolicy policy, ProcessModel model, bool usePositionSets = true) =>
        CreateRun(policy, model, default(NoRunObserver), usePositionSets);

    /// <summary>Working memory for replications of <paramref name="model"/> under <paramref name="policy"/>, watched by <paramref name="observer"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="model">The process.</param>
    /// <param name="observer">An extra observer of the run's events (the standard statistics are always gathered), in its initial state.</param>
    /// <param name="usePositionSets">Whether to use <see cref="PositionSets"/> when n ≤ 64; false only to test them against the scans.</param>
    internal static IMultiProjectRun CreateRun<TObserver>(SequencingPolicy policy, ProcessModel model, TObserver observer, bool usePositionSets = true)
        where TObserver : struct, IRunObserver =>
        QueueDisciplineRegistry.CreateRun(RunPlan.Single(model, new SimulationOptions { Policy = policy }, [.. Enumerable.Range(0, model.TaskCount)]),
            observer, usePositionSets);

    /// <summary>The run factory of <paramref name="plan"/>'s policies: their own struct when every type follows the same one, else <see cref="PerTypePolicy"/>.</summary>
    internal static IRunFactory Factory(RunPlan plan) =>
        plan.Types.Select(t => t.Policy).Distinct().ToList() is [var only] ? Entry(only).Runs : PerType;

    private static PolicyEntry Entry(SequencingPolicy policy) =>
        Entries.FirstOrDefault(e => e.Policy == policy) ?? throw new ArgumentOutOfRangeException(nameof(policy), policy, "not a sequencing policy");

    private sealed record PolicyEntry(SequencingPolicy Policy, string Name, string Description, IRunFactory Runs);
}
