using System.Runtime.CompilerServices;
using DevSim.Engine.Randomness;
using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Rules;

/// <summary>
/// Draws a full execution's duration X for a task (docs/model.md#durations-by-inverse-cdf) by inverting the CDF, so
/// that each draw consumes exactly one uniform: the key to common random numbers.
/// </summary>
/// <remarks>
/// The triangular inverse has two branches, taken at random, so an <c>if</c> between them is
/// mispredicted about half the time on the hottest path of every simulation. Both branches are
/// written as one formula, base + sign·√((offset + slope·u)·area), with each branch's constants in
/// a table picked by the comparison: no jump, and the same bits as the two textbook formulas
/// (adding 0, multiplying by ±1 and 1 + (−u) are exact).
/// </remarks>
internal sealed class DurationSampler
{
    private readonly DurationDistribution _distribution;
    private readonly double[] _min;
    private readonly double[] _max;
    private readonly double[] _modeQuantile; // F(mode)
    private readonly Branch[] _branches;     // task t's left branch at 2t, right at 2t + 1

    public DurationSampler(DurationModel model, double[] expected)
    {
        _distribution = model.Distribution;
        var spread = model.Distribution == DurationDistribution.Fixed ? 0 : model.Spread;
        var n = expected.Length;
        _min = new double[n];
        _max = new double[n];
        _modeQuantile = new double[n];
        _branches = new Branch[2 * n];
        for (var t = 0; t < n; t++)
        {
            var d = expected[t];
            var min = (1 - spread) * d;
            var max = (1 + spread) * d;
            _min[t] = min;
            _max[t] = max;
            _modeQuantile[t] = spread == 0 ? 0.5 : (d - min) / (max - min);
            // Left of the mode: min + √(u (max − min)(mode − min)); right: max − √((1 − u)(max − min)(max − mode)).
            _branches[2 * t] = new Branch(min, 1, 0, 1, (max - min) * (d - min));
            _branches[2 * t + 1] = new Branch(max, -1, 1, -1, (max - min) * (max - d));
        }
    }

    /// <summary>One full-execution duration of task <paramref name="task"/>, from one uniform of <paramref name="stream"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Sample(int task, ref SplitMix64 stream)
    {
        var u = stream.NextDouble();
        if (_distribution == DurationDistribution.Uniform)
            return _min[task] + u * (_max[task] - _min[task]);
        var side = u < _modeQuantile[task] ? 0 : 1; // 0: left of the mode, 1: right
        ref readonly var branch = ref _branches[2 * task + side];
        return branch.Base + branch.Sign * Math.Sqrt((branch.Offset + branch.Slope * u) * branch.Area);
    }

    private readonly record struct Branch(double Base, double Sign, double Offset, double Slope, double Area);
}
