using DevSim.Engine.Randomness;
using DevSim.Engine.Rules;

namespace DevSim.Engine.Evaluation;

/// <summary>
/// One thread's working memory for summing the single-project durations of many sequences over the
/// same replications, simulating once what their common first tasks settle
/// (docs/architecture.md#searches-share-the-work-of-common-first-tasks).
/// </summary>
/// <remarks>
/// <para>
/// A project first needs the task at position k of its sequence only when positions 0 to k − 1 have
/// no pending work; until then it has executed none of the later tasks, and only executed tasks take
/// rework. So everything before that moment (every duration and rework draw, from the tasks' own
/// streams) depends on the replication and the first k tasks alone, whatever comes after them.
/// </para>
/// <para>
/// Sequences sorted by their tasks form a tree of shared first tasks. Each replication walks it depth
/// first: at a branch the project's state is saved, each child runs from it the executions its next
/// task settles, and the state is restored for the next child; a branch with one sequence left runs
/// it to the end. Each sequence's durations are added to its sum in replication order, exactly as
/// <see cref="SingleProjectRun.Run"/> called replication after replication would add them, so the
/// sums are the same bits.
/// </para>
/// </remarks>
internal sealed class SharedPrefixRun
{
    private readonly ProcessModel _model;
    private readonly int _n;
    private readonly double[] _pending;
    private readonly bool[] _done;
    private readonly SplitMix64[] _streams;
    private double _time;
    private int _executions;

    // Saved states, one per open branch (a stack as deep as the tree's nested branches), reused.
    private readonly List<Snapshot> _saved = [];
    private int _depth;

    public SharedPrefixRun(ProcessModel model)
    {
        _model = model;
        _n = model.TaskCount;
        _pending = new double[_n];
        _done = new bool[_n];
        _streams = new SplitMix64[_n];
    }

    /// <summary>
    /// Adds to <paramref name="sums"/>[i] the duration of <paramref name="sorted"/>[i] (whole sequences of
    /// 0-based task indices, in lexicographic order: equal first tasks adjacent) in each replication
    /// r = <paramref name="first"/>, …, <paramref name="end"/> − 1 in turn, seeded by
    /// <c>SeedMixer.Derive(<paramref name="seed"/>, r)</c>.
    /// </summary>
    /// <exception cref="ReworkDivergenceException">A replication of a sequence passes <see cref="SingleProjectRun.ExecutionLimit"/> executions.</exception>
    public void AddDurations(ReadOnlySpan<int[]> sorted, ulong seed, long first, long end, Span<double> sums)
    {
        if (sorted.Length == 0)
            return;
        for (var r = first; r < end; r++)
        {
            _model.StartProject(_pending, _done, _streams, SeedMixer.Derive(seed, (ulong)r));
            _time = 0;
            _executions = 0;
            Explore(sorted, 0, sorted.Length, 0, sums);
        }
    }

    /// <summary>Lexicographic order of sequences: the order <see cref="AddDurations"/> needs.</summary>
    public static int Compare(int[] a, int[] b) => a.AsSpan().SequenceCompareTo(b);

    /// <summary>Sequences [lo, hi) share their first <paramref name="depth"/> tasks, and the project now needs position <paramref name="depth"/>.</summary>
    private void Explore(ReadOnlySpan<int[]> sorted, int lo, int hi, int depth, Span<double> sums)
    {
        if (hi - lo == 1 || depth == _n)
        {
            if (depth < _n)
                Advance(sorted[lo], depth, _n - 1);
            for (var i = lo; i < hi; i++)
                sums[i] += _time;
            return;
        }
        var saved = false;
        for (var i = lo; i < hi;)
        {
            var task = sorted[i][depth];
            var j = i + 1;
            while (j < hi && sorted[j][depth] == task)
                j++;
            if (saved)
                Restore();
            else if (j < hi)
            {
                Save();
                saved = true;
            }
            Advance(sorted[i], depth, depth);
            Explore(sorted, i, j, depth + 1, sums);
            i = j;
        }
        if (saved)
            _depth--;
    }

    /// <summary>
    /// From the moment the project needs position <paramref name="from"/> of <paramref name="sequence"/>, runs
    /// <see cref="SingleProjectRun.Run"/>'s loop until it needs a position past <paramref name="until"/> or finishes.
    /// </summary>
    private void Advance(ReadOnlySpan<int> sequence, int from, int until)
    {
        var model = _model;
        var pending = _pending;
        var done = _done;
        var streams = _streams;
        var durations = model.Durations;
        var time = _time;
        var executions = _executions;
        var position = from;
        // Past `until` lies a task never executed, so pending: the choice stops there or, at the end, finds none.
        while ((position = NextTaskRule.StaticChoice(sequence, pending, position)) >= 0 && position <= until)
        {
            var task = sequence[position];
            var amount = pending[task];
            pending[task] = 0;
            var duration = amount * durations.Sample(task, ref streams[task]);
            time += duration;
            if (ReworkRule.Complete(model, task, amount, pending, done, ref streams[task]))
                position = 0; // rework may lie before the current position
            if (++executions > SingleProjectRun.ExecutionLimit)
                throw ReworkDivergenceException.For(model.Scenario, executions);
        }
        _time = time;
        _executions = executions;
    }

    private void Save()
    {
        if (_depth == _saved.Count)
            _saved.Add(new Snapshot(_n));
        var snapshot = _saved[_depth++];
        _pending.AsSpan().CopyTo(snapshot.Pending);
        _done.AsSpan().CopyTo(snapshot.Done);
        _streams.AsSpan().CopyTo(snapshot.Streams);
        snapshot.Time = _time;
        snapshot.Executions = _executions;
    }

    private void Restore()
    {
        var snapshot = _saved[_depth - 1];
        snapshot.Pending.AsSpan().CopyTo(_pending);
        snapshot.Done.AsSpan().CopyTo(_done);
        snapshot.Streams.AsSpan().CopyTo(_streams);
        _time = snapshot.Time;
        _executions = snapshot.Executions;
    }

    private sealed class Snapshot(int n)
    {
        public double[] Pending { get; } = new double[n];
        public bool[] Done { get; } = new bool[n];
        public SplitMix64[] Streams { get; } = new SplitMix64[n];
        public double Time { get; set; }
        public int Executions { get; set; }
    }
}
