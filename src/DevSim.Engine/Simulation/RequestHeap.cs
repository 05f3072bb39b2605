namespace DevSim.Engine.Simulation;

/// <summary>
/// Waiting requests ordered by a rank (lower first), ties to the smaller order number (the earlier
/// request): a binary heap of slots for the disciplines other than FIFO and for the WIP backlog.
/// The rank is fixed when a request joins, which is exact because a waiting project's pending work,
/// type and due date do not change while it waits. Grows only when full; allocates nothing otherwise.
/// </summary>
internal sealed class RequestHeap
{
    private Entry[] _entries = new Entry[16];

    /// <summary>Requests waiting.</summary>
    public int Count { get; private set; }

    /// <summary>The slot served next; only when <see cref="Count"/> &gt; 0.</summary>
    public int PeekSlot => _entries[0].Slot;

    /// <summary>The rank of the request served next; only when <see cref="Count"/> &gt; 0.</summary>
    public double PeekRank => _entries[0].Rank;

    /// <summary>The order number of the request served next; only when <see cref="Count"/> &gt; 0.</summary>
    public long PeekOrder => _entries[0].Order;

    /// <summary>The slot of the i-th entry in heap order (any order), for sums over the waiting requests.</summary>
    public int SlotAt(int i) => _entries[i].Slot;

    /// <summary>The rank of the i-th entry in heap order.</summary>
    public double RankAt(int i) => _entries[i].Rank;

    public void Push(int slot, double rank, long order)
    {
        if (Count == _entries.Length)
            Array.Resize(ref _entries, _entries.Length * 2);
        var entry = new Entry(rank, order, slot);
        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Before(entry, _entries[parent]))
                break;
            _entries[i] = _entries[parent];
            i = parent;
        }
        _entries[i] = entry;
    }

    public int Pop()
    {
        if (Count == 0)
            throw new InvalidOperationException("the queue is empty");
        var slot = _entries[0].Slot;
        RemoveAt(0);
        return slot;
    }

    /// <summary>Removes the request of <paramref name="slot"/>, wherever it is (reading (d)); rare, so a linear search.</summary>
    public void Remove(int slot)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_entries[i].Slot == slot)
            {
                RemoveAt(i);
                return;
            }
        }
        throw new InvalidOperationException("the item is not queued");
    }

    public void Clear() => Count = 0;

    private void RemoveAt(int i)
    {
        var last = _entries[--Count];
        if (i == Count)
            return;
        // The last entry goes into the hole and moves up or down to its place.
        while (i > 0 && Before(last, _entries[(i - 1) >> 1]))
        {
            _entries[i] = _entries[(i - 1) >> 1];
            i = (i - 1) >> 1;
        }
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= Count)
                break;
            if (child + 1 < Count && Before(_entries[child + 1], _entries[child]))
                child++;
            if (!Before(_entries[child], last))
                break;
            _entries[i] = _entries[child];
            i = child;
        }
        _entries[i] = last;
    }

    private static bool Before(in Entry a, in Entry b) => a.Rank < b.Rank || (a.Rank == b.Rank && a.Order < b.Order);

    private readonly record struct Entry(double Rank, long Order, int Slot);
}
