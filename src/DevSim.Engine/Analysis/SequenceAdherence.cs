using DevSim.Engine.Simulation;

namespace DevSim.Engine.Analysis;

/// <summary>
/// How far the projects of one replication kept to their static sequence, and where their rework went: per task, the
/// first executions, those started out of sequence, and the time spent reworking it
/// (docs/model.md#when-a-server-more-makes-projects-longer).
/// </summary>
/// <remarks>
/// A first execution is <em>out of sequence</em> when some task earlier in the sequence had not yet had its first
/// execution started: what dynamic sequencing does when it starts a later task on an idle resource. Under static
/// sequencing every first execution is in sequence. Only projects numbered <c>warmup</c> or later count, as in the run's
/// own measures. A project runs one task at a time, so its executions end in the order they started, and the observer
/// needs nothing but the records. It keeps a bit set per counted project, so it is meant for analyses, not for the
/// replication loop.
/// </remarks>
public sealed class SequenceAdherence : IExecutionObserver
{
    private readonly int[] _position;
    private readonly int _warmup;
    private readonly Dictionary<int, bool[]> _started = [];
    private readonly long[] _first;
    private readonly long[] _outOfSequence;
    private readonly double[] _rework;

    /// <summary>Watches projects that follow <paramref name="sequence"/> (task ids 1 to n, each once).</summary>
    /// <param name="sequence">The static sequence, task ids in order.</param>
    /// <param name="warmup">Projects numbered below this (0-based, in arrival order) are left out.</param>
    /// <exception cref="ArgumentException">The sequence is not a permutation of 1 to n.</exception>
    public SequenceAdherence(IReadOnlyList<int> sequence, int warmup)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentOutOfRangeException.ThrowIfNegative(warmup);
        var n = sequence.Count;
        _position = new int[n];
        Array.Fill(_position, -1);
        for (var i = 0; i < n; i++)
        {
            var id = sequence[i];
            if (id < 1 || id > n || _position[id - 1] >= 0)
                throw new ArgumentException($"the sequence must hold every task id from 1 to {n} once; {id} is out of place", nameof(sequence));
            _position[id - 1] = i;
        }
        _warmup = warmup;
        _first = new long[n];
        _outOfSequence = new long[n];
        _rework = new double[n];
    }

    /// <summary>Counted projects that have started at least one execution.</summary>
    public int Projects => _started.Count;

    /// <summary>First executions of task id <paramref name="task"/> seen.</summary>
    public long FirstExecutions(int task) => _first[task - 1];

    /// <summary>First executions of task id <paramref name="task"/> started before a task earlier in the sequence had started.</summary>
    public long OutOfSequence(int task) => _outOfSequence[task - 1];

    /// <summary>Days spent on executions of task id <paramref name="task"/> after its first.</summary>
    public double ReworkTime(int task) => _rework[task - 1];

    /// <summary>The share of all first executions started out of sequence (NaN before any).</summary>
    public double OutOfSequenceShare => _first.Sum() is var all and > 0 ? (double)_outOfSequence.Sum() / all : double.NaN;

    /// <inheritdoc />
    public void OnExecution(in ExecutionRecord record)
    {
        if (record.Project < _warmup)
            return;
        var task = record.Task - 1;
        if (!_started.TryGetValue(record.Project, out var started))
        {
            started = new bool[_position.Length];
            _started.Add(record.Project, started);
        }
        if (started[task])
        {
            _rework[task] += record.End - record.Start;
            return;
        }
        _first[task]++;
        for (var other = 0; other < started.Length; other++)
        {
            if (!started[other] && _position[other] < _position[task])
            {
                _outOfSequence[task]++;
                break;
            }
        }
        started[task] = true;
    }
}
