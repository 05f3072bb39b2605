namespace DevSim.Engine.Statistics;

/// <summary>A closed interval [Lower, Upper], used for confidence intervals.</summary>
public readonly record struct Interval(double Lower, double Upper)
{
    /// <summary>Half the width.</summary>
    public double HalfWidth => (Upper - Lower) / 2;

    /// <summary>Whether <paramref name="value"/> lies inside.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
