namespace DevSim.Engine.Simulation;

/// <summary>
/// How a project picks its next task when the static choice (the first pending task in the
/// sequence) needs a busy resource (docs/model.md#sequencing-policies), with the policy's own bookkeeping.
/// Implemented by structs and passed as a generic argument to the run, which the JIT specialises,
/// so a policy's hooks are inlined and those it does not need cost nothing.
/// </summary>
/// <remarks>
/// Each hook is handed the run's state (<see cref="RunState"/>, read-only). A new policy is a new
/// struct and an entry in <see cref="SequencingPolicyRegistry"/>; the event loop does not change.
/// </remarks>
internal interface ISequencingPolicy
{
    /// <summary>Once, when the run is built for <paramref name="run"/>'s types and pool.</summary>
    void Initialize(RunState run);

    /// <summary>A replication starts: forget the previous one.</summary>
    void Reset();

    /// <summary>
    /// The static choice of the project in <paramref name="slot"/>, at <paramref name="staticPosition"/> of
    /// its type's sequence, needs a busy resource: the position of a later pending task whose resource is
    /// idle to start now instead, or -1 to queue for the static choice.
    /// </summary>
    int Alternative(RunState run, int slot, int staticPosition);

    /// <summary>The project in <paramref name="slot"/> has started an execution on <paramref name="resource"/> (its task, amount and start are set).</summary>
    void Started(RunState run, int slot, int resource);

    /// <summary>The execution of the project in <paramref name="slot"/> on <paramref name="resource"/> has ended (before the rework rule runs).</summary>
    void Ended(RunState run, int slot, int resource);

    /// <summary>The project in <paramref name="slot"/> has joined <paramref name="resource"/>'s queue for its task.</summary>
    void Queued(RunState run, int slot, int resource);

    /// <summary>The project in <paramref name="slot"/> has left <paramref name="resource"/>'s queue and is about to start.</summary>
    void Dequeued(RunState run, int slot, int resource);
}
