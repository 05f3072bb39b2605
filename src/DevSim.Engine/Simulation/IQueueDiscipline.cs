namespace DevSim.Engine.Simulation;

/// <summary>
/// The order of the resources' queues (first come, first served today; docs/model.md#not-yet-implemented lists the planned ones): which waiting request a server
/// takes when it frees. No preemption. The one place a queue's order is decided; implemented by
/// structs and passed as a generic argument to the run, so FIFO costs what a plain ring buffer does.
/// </summary>
/// <remarks>
/// A request is the project in a slot asking for its current task: through the run's state
/// (<see cref="RunState.Project"/>) a discipline sees when it was requested
/// (<see cref="ProjectState.Requested"/>), which project it is, when that project arrived, and its
/// pending work (<see cref="RunState.Pending"/>), which is what priority, due-date, least-remaining-work
/// and slack orders need. Ties must go to the earlier request.
/// </remarks>
internal interface IQueueDiscipline
{
    /// <summary>Once, when the run is built for <paramref name="run"/>'s process.</summary>
    void Initialize(RunState run);

    /// <summary>A replication starts: every queue is empty.</summary>
    void Reset();

    /// <summary>The requests waiting for <paramref name="resource"/>.</summary>
    int Count(int resource);

    /// <summary>The project in <paramref name="slot"/> joins <paramref name="resource"/>'s queue (its task and request time are set).</summary>
    void Enqueue(RunState run, int resource, int slot);

    /// <summary>Removes the request <paramref name="resource"/> serves next and returns its slot; only when <see cref="Count"/> &gt; 0.</summary>
    int Dequeue(RunState run, int resource);

    /// <summary>Removes the request of the project in <paramref name="slot"/> from <paramref name="resource"/>'s queue, wherever it is (reading (d): a queued project leaves).</summary>
    void Remove(RunState run, int resource, int slot);
}
