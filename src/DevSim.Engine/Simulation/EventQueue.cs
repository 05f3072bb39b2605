using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace DevSim.Engine.Simulation;

/// <summary>
/// The future-event list: events come out in (time, insertion number) order, so events at equal
/// times come out in the order they were scheduled, always, which makes runs reproducible. Grows
/// only when more events are pending than ever before, so a steady run allocates nothing.
/// </summary>
/// <remarks>
/// <para>
/// A run usually holds few events: one per busy server plus one arrival per project type (five
/// to seven in the optical mouse at interarrival 12.5 to 16). Up to <see cref="SmallLimit"/>
/// events sit in an array sorted latest first, so taking the earliest is a decrement. A new
/// event's insertion number is larger than every waiting event's, so its place follows from times
/// alone: after every event at its time or earlier. Those sit at the array's end, and each moves
/// one place towards it as the new event's place is sought: one short loop and a single
/// unpredictable branch, where a heap's sift has one or two per level.
/// </para>
/// <para>
/// Past <see cref="SmallLimit"/> events the list becomes a binary min-heap of (time, insertion
/// number, payload), and returns to the array when it has drained to <see cref="ReturnLimit"/>.
/// In the heap, <see cref="Dequeue"/> only marks the root as taken, and the next
/// <see cref="Schedule"/> drops its event into the root's place and sifts it down: one pass through
/// the heap instead of a removal and an insertion. Any other call removes the taken root first.
/// </para>
/// </remarks>
internal sealed class EventQueue
{
    /// <summary>The most events the sorted array holds; one more and the list becomes a heap.</summary>
    internal const int SmallLimit = 32;

    /// <summary>A heap that has drained to this many events goes back to the sorted array.</summary>
    internal const int ReturnLimit = SmallLimit / 2;

    // The sorted array: _slots[0] is the latest event, _slots[_count - 1] the earliest, and among
    // events at equal times the one scheduled first sits nearer the end.
    private readonly Slot[] _slots = new Slot[SmallLimit];
    private int _count;

    private bool _inHeap;
    private Entry[] _heap;
    private int _size;      // entries in the heap, the taken root included
    private bool _rootTaken;
    private long _scheduled; // the next insertion number, in the heap only

    public EventQueue(int initialCapacity = 64) => _heap = new Entry[Math.Max(initialCapacity, SmallLimit + 1)];

    /// <summary>Events waiting.</summary>
    public int Count => _inHeap ? (_rootTaken ? _size - 1 : _size) : _count;

    /// <summary>Schedules <paramref name="payload"/> at <paramref name="time"/>, which must be a number.</summary>
    public void Schedule(double time, int payload)
    {
        Debug.Assert(!double.IsNaN(time), "an event's time must be a number");
        if (!_inHeap)
        {
            var count = _count;
            if (count < SmallLimit)
            {
                Insert(count, time, payload);
                return;
            }
            MoveToHeap();
        }
        HeapSchedule(time, payload);
    }

    /// <summary>Removes the earliest event; returns its time and payload.</summary>
    public (double Time, int Payload) Dequeue()
    {
        if (_inHeap)
        {
            if (_rootTaken)
                RemoveRoot();
            if (_size > ReturnLimit)
            {
                _rootTaken = true;
                var top = _heap[0];
                return (top.Time, top.Payload);
            }
            MoveToArray();
        }
        var last = _count - 1;
        if (last < 0)
            throw new InvalidOperationException("no event is scheduled");
        _count = last;
        var slot = _slots[last];
        return (slot.Time, slot.Payload);
    }

    /// <summary>Forgets every event (the arrays are kept).</summary>
    public void Clear()
    {
        _count = 0;
        _inHeap = false;
        _size = 0;
        _rootTaken = false;
        _scheduled = 0;
    }

    /// <summary>Puts an event into the sorted array of <paramref name="count"/> events.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Insert(int count, double time, int payload)
    {
        var slots = _slots;
        var i = count;
        while (i > 0 && slots[i - 1].Time <= time)
        {
            slots[i] = slots[i - 1];
            i--;
        }
        slots[i] = new Slot(time, payload);
        _count = count + 1;
    }

    /// <summary>
    /// Turns the full sorted array into a heap. Read earliest first, the array is already in heap
    /// order; insertion numbers are given in that order, so ties keep their scheduling order.
    /// </summary>
    private void MoveToHeap()
    {
        var count = _count;
        for (var k = 0; k < count; k++)
            _heap[k] = new Entry(_slots[count - 1 - k].Time, k, _slots[count - 1 - k].Payload);
        _count = 0;
        _size = count;
        _rootTaken = false;
        _scheduled = count;
        _inHeap = true;
    }

    /// <summary>Empties the heap (its taken root already removed) into the sorted array, earliest last.</summary>
    private void MoveToArray()
    {
        var count = _size;
        for (var k = count - 1; k >= 0; k--)
        {
            _slots[k] = new Slot(_heap[0].Time, _heap[0].Payload);
            RemoveRoot();
        }
        _count = count;
        _inHeap = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void HeapSchedule(double time, int payload)
    {
        var entry = new Entry(time, _scheduled++, payload);
        if (_rootTaken)
        {
            _rootTaken = false;
            SiftDown(entry);
            return;
        }
        if (_size == _heap.Length)
            Array.Resize(ref _heap, _heap.Length * 2);
        var heap = _heap;
        var i = _size++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Earlier(entry, heap[parent]))
                break;
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = entry;
    }

    private void RemoveRoot()
    {
        _rootTaken = false;
        var last = _heap[--_size];
        if (_size > 0)
            SiftDown(last);
    }

    /// <summary>Puts <paramref name="entry"/> in the root's place and moves it down to where it belongs.</summary>
    private void SiftDown(in Entry entry)
    {
        var heap = _heap;
        var size = _size;
        var i = 0;
        int child;
        while ((child = 2 * i + 1) < size)
        {
            if (child + 1 < size && Earlier(heap[child + 1], heap[child]))
                child++;
            if (!Earlier(heap[child], entry))
                break;
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = entry;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Earlier(in Entry a, in Entry b) => a.Time < b.Time || (a.Time == b.Time && a.Sequence < b.Sequence);

    private readonly record struct Entry(double Time, long Sequence, int Payload);

    private readonly record struct Slot(double Time, int Payload);
}
