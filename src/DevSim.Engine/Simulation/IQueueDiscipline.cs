namespace DevSim.Engine.Simulation;

/// <summary>
/// The order of the resources' queues (docs/model.md#queue-disciplines): which waiting request a
/// server takes when it frees, no preemption, ties to the earlier request. The one place an order is
/// decided: the resource queues, the WIP backlog's release (docs/model.md#work-in-process-cap), reading
/// (d)'s choice of a leaver and the rework-aware policy's wait estimate all ask it. Implemented by
/// structs and passed as a generic argument to the run, so FIFO costs what a plain ring buffer does.
/// </summary>
/// <remarks>
/// A request is the project in a slot asking for its current task: through the run's state
/// (<see cref="RunState.Project"/>, <see cref="RunState.TypeOf"/>) a discipline sees when it was requested,
/// when the project arrived, its type's priority, its due date and its pending work. A new
/// discipline is a new struct and an entry in <see cref="QueueDisciplineRegistry"/>.
/// </remarks>
internal interface IQueueDiscipline
{
    /// <summary>Once, when the run is built for <paramref name="run"/>'s resource pool.</summary>
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

    /// <summary>
    /// The project in <paramref name="slot"/>'s rank under this discipline, lower served first, ties to
    /// the earlier request: constant for FIFO. Fixed while the project waits (its pending work does not change).
    /// </summary>
    double Rank(RunState run, int slot);

    /// <summary>
    /// The expected work that would be served before a request of the project in <paramref name="slot"/>
    /// joining <paramref name="resource"/>'s queue now, given <paramref name="queuedWork"/>, the expected
    /// work of every request queued there: all of it under FIFO, the requests ranked no later under the others.
    /// </summary>
    double WorkAhead(RunState run, int resource, int slot, double queuedWork);
}
