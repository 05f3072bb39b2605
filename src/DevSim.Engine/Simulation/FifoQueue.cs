namespace DevSim.Engine.Simulation;

/// <summary>
/// A first-in first-out queue of ints on a ring buffer that grows only when full. The capacity is
/// a power of two so that wrapping is a mask, not a division: the queue is touched on most events.
/// </summary>
internal sealed class FifoQueue
{
    private int[] _items = new int[16];
    private int _head;

    /// <summary>Items waiting.</summary>
    public int Count { get; private set; }

    public void Enqueue(int item)
    {
        if (Count == _items.Length)
            Grow();
        _items[(_head + Count) & (_items.Length - 1)] = item;
        Count++;
    }

    public int Dequeue()
    {
        if (Count == 0)
            throw new InvalidOperationException("the queue is empty");
        var item = _items[_head];
        _head = (_head + 1) & (_items.Length - 1);
        Count--;
        return item;
    }

    /// <summary>Removes <paramref name="item"/>, keeping the others in order; rare (reading (d)), so a linear shift.</summary>
    public void Remove(int item)
    {
        var mask = _items.Length - 1;
        var i = 0;
        while (i < Count && _items[(_head + i) & mask] != item)
            i++;
        if (i == Count)
            throw new InvalidOperationException("the item is not queued");
        for (; i < Count - 1; i++)
            _items[(_head + i) & mask] = _items[(_head + i + 1) & mask];
        Count--;
    }

    public void Clear()
    {
        _head = 0;
        Count = 0;
    }

    private void Grow()
    {
        var larger = new int[_items.Length * 2];
        for (var i = 0; i < Count; i++)
            larger[i] = _items[(_head + i) & (_items.Length - 1)];
        _items = larger;
        _head = 0;
    }
}
