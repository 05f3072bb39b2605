using System.Runtime.CompilerServices;
using DevSim.Engine.Randomness;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Rules;

/// <summary>
/// Draws a full execution's duration X for a task (MODEL.md section 1) by inverting the CDF, so
/// that each draw consumes exactly one uniform: the key to common random numbers.
/// </summary>
internal sealed class DurationSampler
{
    private readonly DurationDistribution _distribution;
    private readonly double[] _min;
    private readonly double[] _max;
    private readonly double[] _lowerArea;   // (max - min)(mode - min): the left branch's constant
    private readonly double[] _upperArea;   // (max - min)(max - mode): the right branch's constant
    private readonly double[] _modeQuantile; // F(mode)

    public DurationSampler(DurationModel model, double[] expected)
    {
        _distribution = model.Distribution;
        var spread = model.Distribution == DurationDistribution.Fixed ? 0 : model.Spread;
        var n = expected.Length;
        _min = new double[n];
        _max = new double[n];
        _lowerArea = new double[n];
        _upperArea = new double[n];
        _modeQuantile = new double[n];
        for (var t = 0; t < n; t++)
        {
            var d = expected[t];
            _min[t] = (1 - spread) * d;
            _max[t] = (1 + spread) * d;
            _lowerArea[t] = (_max[t] - _min[t]) * (d - _min[t]);
            _upperArea[t] = (_max[t] - _min[t]) * (_max[t] - d);
            _modeQuantile[t] = spread == 0 ? 0.5 : (d - _min[t]) / (_max[t] - _min[t]);
        }
    }

    /// <summary>One full-execution duration of task <paramref name="task"/>, from one uniform of <paramref name="stream"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Sample(int task, ref SplitMix64 stream)
    {
        var u = stream.NextDouble();
        if (_distribution == DurationDistribution.Uniform)
            return _min[task] + u * (_max[task] - _min[task]);
        return u < _modeQuantile[task]
            ? _min[task] + Math.Sqrt(u * _lowerArea[task])
            : _max[task] - Math.Sqrt((1 - u) * _upperArea[task]);
    }
}
