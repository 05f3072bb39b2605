using System.Runtime.CompilerServices;

namespace DevSim.Engine.Simulation;

/// <summary>
/// The future-event list: a binary min-heap of (time, insertion number, payload). Events at equal
/// times come out in the order they were scheduled, always, which makes runs reproducible. Grows
/// only when more events are pending than ever before, so a steady run allocates nothing.
/// </summary>
internal sealed class EventQueue
{
    private Entry[] _heap;
    private long _scheduled;

    public EventQueue(int initialCapacity = 64) => _heap = new Entry[Math.Max(initialCapacity, 4)];

    /// <summary>Events waiting.</summary>
    public int Count { get; private set; }

    /// <summary>Schedules <paramref name="payload"/> at <paramref name="time"/>.</summary>
    public void Schedule(double time, int payload)
    {
        if (Count == _heap.Length)
            Array.Resize(ref _heap, _heap.Length * 2);
        var entry = new Entry(time, _scheduled++, payload);
        var i = Count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Earlier(entry, _heap[parent]))
                break;
            _heap[i] = _heap[parent];
            i = parent;
        }
        _heap[i] = entry;
    }

    /// <summary>Removes the earliest event; returns its time and payload.</summary>
    public (double Time, int Payload) Dequeue()
    {
        if (Count == 0)
            throw new InvalidOperationException("no event is scheduled");
        var top = _heap[0];
        var last = _heap[--Count];
        var i = 0;
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= Count)
                break;
            if (child + 1 < Count && Earlier(_heap[child + 1], _heap[child]))
                child++;
            if (!Earlier(_heap[child], last))
                break;
            _heap[i] = _heap[child];
            i = child;
        }
        if (Count > 0)
            _heap[i] = last;
        return (top.Time, top.Payload);
    }

    /// <summary>Forgets every event (the arrays are kept).</summary>
    public void Clear()
    {
        Count = 0;
        _scheduled = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Earlier(in Entry a, in Entry b) => a.Time < b.Time || (a.Time == b.Time && a.Sequence < b.Sequence);

    private readonly record struct Entry(double Time, long Sequence, int Payload);
}
