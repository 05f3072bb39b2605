using System.Runtime.CompilerServices;

namespace DevSim.Engine.Statistics;

/// <summary>
/// A streaming quantile estimate in constant memory: the P² algorithm of Jain &amp; Chlamtac (1985),
/// "The P² algorithm for dynamic calculation of quantiles and histograms without storing
/// observations". Five markers follow the minimum, p/2, p, (1+p)/2 and the maximum; exact for the
/// first five observations, then adjusted by piecewise-parabolic interpolation.
/// </summary>
public sealed class P2Quantile
{
    private readonly double _p;
    // Inline, not arrays: the markers are read on every observation, and a simulation adds three
    // observations per project.
    private Markers _height;
    private Markers _position;
    private Markers _desired;
    private Markers _increment;

    /// <summary>Creates an estimator of the <paramref name="p"/>-quantile, 0 &lt; p &lt; 1.</summary>
    public P2Quantile(double p)
    {
        if (!(p > 0 && p < 1))
            throw new ArgumentOutOfRangeException(nameof(p), p, "the quantile must lie strictly between 0 and 1");
        _p = p;
        _increment[0] = 0;
        _increment[1] = p / 2;
        _increment[2] = p;
        _increment[3] = (1 + p) / 2;
        _increment[4] = 1;
    }

    /// <summary>Observations seen.</summary>
    public long Count { get; private set; }

    /// <summary>The current estimate; NaN before the first observation.</summary>
    public double Estimate
    {
        get
        {
            if (Count == 0)
                return double.NaN;
            if (Count > 5)
                return _height[2];
            Span<double> sorted = stackalloc double[(int)Count];
            ((ReadOnlySpan<double>)_height)[..(int)Count].CopyTo(sorted);
            sorted.Sort();
            var rank = _p * (Count - 1);
            var lo = (int)Math.Floor(rank);
            var hi = Math.Min(lo + 1, (int)Count - 1);
            return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
        }
    }

    /// <summary>Adds an observation.</summary>
    public void Add(double x)
    {
        if (Count < 5)
        {
            _height[(int)Count++] = x;
            if (Count == 5)
            {
                ((Span<double>)_height).Sort();
                for (var i = 0; i < 5; i++)
                {
                    _position[i] = i + 1;
                    _desired[i] = 1 + 4 * _increment[i];
                }
            }
            return;
        }
        Count++;
        int k;
        if (x < _height[0])
        {
            _height[0] = x;
            k = 0;
        }
        else if (x >= _height[4])
        {
            _height[4] = x;
            k = 3;
        }
        else
        {
            k = 0;
            while (x >= _height[k + 1])
                k++;
        }
        for (var i = k + 1; i < 5; i++)
            _position[i]++;
        for (var i = 0; i < 5; i++)
            _desired[i] += _increment[i];
        for (var i = 1; i <= 3; i++)
        {
            var d = _desired[i] - _position[i];
            if ((d >= 1 && _position[i + 1] - _position[i] > 1) || (d <= -1 && _position[i - 1] - _position[i] < -1))
            {
                var step = Math.Sign(d);
                var candidate = Parabolic(i, step);
                _height[i] = _height[i - 1] < candidate && candidate < _height[i + 1] ? candidate : Linear(i, step);
                _position[i] += step;
            }
        }
    }

    private double Parabolic(int i, int d) =>
        _height[i] + d / (_position[i + 1] - _position[i - 1]) *
        ((_position[i] - _position[i - 1] + d) * (_height[i + 1] - _height[i]) / (_position[i + 1] - _position[i]) +
         (_position[i + 1] - _position[i] - d) * (_height[i] - _height[i - 1]) / (_position[i] - _position[i - 1]));

    private double Linear(int i, int d) => _height[i] + d * (_height[i + d] - _height[i]) / (_position[i + d] - _position[i]);

    [InlineArray(5)]
    private struct Markers
    {
        private double _element;
    }
}
