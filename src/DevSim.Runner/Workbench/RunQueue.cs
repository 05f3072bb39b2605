namespace DevSim.Runner.Workbench;

/// <summary>
/// Lets at most a fixed number of runs work at once and queues the rest first come, first served, telling each waiting
/// run its place (1: next to start) whenever it changes. A waiting run that is cancelled leaves the queue at once.
/// </summary>
internal sealed class RunQueue
{
    private readonly object _gate = new();
    private readonly LinkedList<Waiter> _waiting = new();
    private int _active;

    /// <summary>A queue that lets <paramref name="slots"/> runs work at once.</summary>
    public RunQueue(int slots)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        Slots = slots;
    }

    /// <summary>How many runs may work at once.</summary>
    public int Slots { get; }

    /// <summary>Runs working now.</summary>
    public int Active
    {
        get
        {
            lock (_gate)
                return _active;
        }
    }

    /// <summary>Runs waiting for a slot.</summary>
    public int Waiting
    {
        get
        {
            lock (_gate)
                return _waiting.Count;
        }
    }

    /// <summary>
    /// Waits for a slot; <paramref name="place"/> hears the run's place in the queue (not at all when a slot is free at
    /// once). Dispose the result to give the slot back.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled while waiting.</exception>
    public async Task<IDisposable> EnterAsync(Action<int> place, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(place);
        Waiter waiter;
        lock (_gate)
        {
            cancellation.ThrowIfCancellationRequested();
            if (_active < Slots && _waiting.Count == 0)
            {
                _active++;
                return new Slot(this);
            }
            waiter = new Waiter(place);
            _waiting.AddLast(waiter);
        }
        TellPlaces();
        using (cancellation.Register(() => Leave(waiter)))
            await waiter.Started.Task.ConfigureAwait(false);
        return new Slot(this);
    }

    private void Leave(Waiter waiter)
    {
        lock (_gate)
        {
            if (waiter.Started.Task.IsCompleted)
                return; // it got its slot first: the caller releases it
            _waiting.Remove(waiter);
            waiter.Started.TrySetCanceled();
        }
        TellPlaces();
    }

    private void Release()
    {
        lock (_gate)
        {
            if (_waiting.First is { } next)
            {
                _waiting.RemoveFirst();
                next.Value.Started.TrySetResult(); // the slot passes to it: _active stays
            }
            else
            {
                _active--;
            }
        }
        TellPlaces();
    }

    private void TellPlaces()
    {
        List<(Waiter Waiter, int Place)> places;
        lock (_gate)
            places = [.. _waiting.Select((w, i) => (w, i + 1))];
        foreach (var (waiter, place) in places)
            waiter.Tell(place);
    }

    private sealed class Waiter(Action<int> place)
    {
        private int _told;

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Tells the place once per change.</summary>
        public void Tell(int value)
        {
            if (Interlocked.Exchange(ref _told, value) != value)
                place(value);
        }
    }

    private sealed class Slot(RunQueue queue) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                queue.Release();
        }
    }
}
