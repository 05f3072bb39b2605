using System.Numerics;

namespace DevSim.Engine.Simulation;

/// <summary>
/// Sets of positions in the sequence as 64-bit words, for processes of at most 64 tasks: a
/// project's pending work, and the positions whose resource has a free server. The static choice
/// is then the lowest set bit of the pending set, and the dynamic alternative the lowest bit of
/// (pending without the static choice) ∩ idle: no scan, no branch per task.
/// </summary>
/// <remarks>
/// The scans of <see cref="Rules.NextTaskRule"/> stay the definition; these sets give the same
/// answers (tested) and are used only when <see cref="Enabled"/>. When not enabled they are still
/// updated, as that costs less than a test on every event, but mean nothing and are never read.
/// </remarks>
internal struct PositionSets
{
    private readonly int[] _positionOf;        // task -> its position in the sequence
    private readonly ulong[] _bitOf;           // task -> the bit of its position
    private readonly ulong[] _resourcePositions; // resource -> the positions of its tasks

    public PositionSets(int tasks, int resources, bool enabled)
    {
        Enabled = enabled && tasks <= 64;
        _positionOf = new int[tasks];
        _bitOf = new ulong[tasks];
        _resourcePositions = new ulong[resources];
        All = tasks >= 64 ? ulong.MaxValue : (1UL << tasks) - 1;
    }

    /// <summary>Whether the process is small enough (n ≤ 64) and the sets are wanted.</summary>
    public readonly bool Enabled { get; }

    /// <summary>Every position: a new project's pending set.</summary>
    public readonly ulong All { get; }

    /// <summary>The positions whose task's resource has a free server.</summary>
    public ulong Idle { get; private set; }

    /// <summary>Maps <paramref name="sequence"/>'s positions to resources; every resource idle.</summary>
    public void Reset(ReadOnlySpan<int> sequence, int[] taskResource)
    {
        Array.Clear(_resourcePositions);
        for (var p = 0; p < sequence.Length; p++)
        {
            _positionOf[sequence[p]] = p;
            _bitOf[sequence[p]] = 1UL << p;
            _resourcePositions[taskResource[sequence[p]]] |= 1UL << p;
        }
        Idle = All;
    }

    /// <summary>The bit of <paramref name="task"/>'s position.</summary>
    public readonly ulong Bit(int task) => _bitOf[task];

    /// <summary>Per task, the bit of its position (for processes of more than 64 tasks, meaningless: see <see cref="Enabled"/>).</summary>
    public readonly ReadOnlySpan<ulong> Bits => _bitOf;

    /// <summary>Resource <paramref name="resource"/> has no free server any more.</summary>
    public void Filled(int resource) => Idle &= ~_resourcePositions[resource];

    /// <summary>Resource <paramref name="resource"/> has a free server again.</summary>
    public void Freed(int resource) => Idle |= _resourcePositions[resource];

    /// <summary>The set of positions whose task has work in <paramref name="pending"/>.</summary>
    public readonly ulong Pending(ReadOnlySpan<double> pending)
    {
        var set = 0UL;
        for (var t = 0; t < pending.Length; t++)
        {
            if (pending[t] > 0)
                set |= 1UL << _positionOf[t];
        }
        return set;
    }

    /// <summary>The lowest position in <paramref name="set"/>, or -1 when it is empty.</summary>
    public static int First(ulong set) => set == 0 ? -1 : BitOperations.TrailingZeroCount(set);

    /// <summary><paramref name="set"/> without its lowest position.</summary>
    public static ulong WithoutFirst(ulong set) => set & (set - 1);
}
