using DevSim.Engine.Statistics;
using MathNet.Numerics.Statistics;

namespace DevSim.Engine.Simulation;

/// <summary>The running sums behind one group's <see cref="ProjectMeasures"/> in a replication.</summary>
internal sealed class ProjectTally
{
    private RunningStatistics _duration = new();
    private readonly QuantileSketch _sketch = new();
    private double _waiting;
    private double _backlog;
    private double _rework;
    private double _tardiness;
    private long _due;
    private long _onTime;

    public void Clear()
    {
        _duration = new RunningStatistics();
        _sketch.Clear();
        _waiting = _backlog = _rework = _tardiness = 0;
        _due = _onTime = 0;
    }

    public void Add(in ProjectCompletion completion)
    {
        _duration.Push(completion.Duration);
        _sketch.Add(completion.Duration);
        _waiting += completion.Waiting;
        _backlog += completion.Backlog;
        _rework += completion.Rework;
        if (double.IsFinite(completion.Due))
        {
            _due++;
            _tardiness += completion.Tardiness;
            if (completion.Completion <= completion.Due)
                _onTime++;
        }
    }

    public ProjectMeasures Result()
    {
        var counted = _duration.Count;
        if (counted == 0)
            return new ProjectMeasures();
        var sketch = new QuantileSketch();
        sketch.Merge(_sketch);
        return new ProjectMeasures
        {
            Counted = counted,
            Duration = _duration.Mean,
            DurationSd = counted > 1 ? _duration.StandardDeviation : double.NaN,
            Waiting = _waiting / counted,
            BacklogWait = _backlog / counted,
            Rework = _rework / counted,
            Tardiness = _due > 0 ? _tardiness / _due : double.NaN,
            OnTime = _due > 0 ? (double)_onTime / _due : double.NaN,
            Sketch = sketch,
        };
    }
}
