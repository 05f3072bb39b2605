namespace DevSim.Runner.Plots;

/// <summary>One curve: points (x, y), optionally a band from Lower to Upper (a confidence interval) and a state per point.</summary>
/// <param name="Name">The legend entry.</param>
/// <param name="X">X values, ascending.</param>
/// <param name="Y">Y values; a non-finite value breaks the line.</param>
/// <param name="Lower">Lower band edge per point, or null.</param>
/// <param name="Upper">Upper band edge per point, or null.</param>
internal sealed record LineSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y,
    IReadOnlyList<double>? Lower = null, IReadOnlyList<double>? Upper = null)
{
    /// <summary>Draw the line dashed with square markers (a secondary series of the same colour).</summary>
    public bool Dashed { get; init; }

    /// <summary>Palette index; null for the series' position.</summary>
    public int? Colour { get; init; }

    /// <summary>Per point: stable (filled marker, band), unsettled (hollow marker, no band) or overloaded (not drawn); null for all stable.</summary>
    public IReadOnlyList<PointState>? States { get; init; }

    /// <summary>The state of point <paramref name="i"/>.</summary>
    public PointState State(int i) => States is null ? PointState.Stable : States[i];

    /// <summary>Whether point <paramref name="i"/> is drawn on the line.</summary>
    public bool Drawn(int i) => double.IsFinite(X[i]) && double.IsFinite(Y[i]) && State(i) != PointState.Overloaded;

    /// <summary>Whether point <paramref name="i"/> carries a band.</summary>
    public bool Banded(int i) => Drawn(i) && State(i) == PointState.Stable && Lower is not null && Upper is not null
        && double.IsFinite(Lower[i]) && double.IsFinite(Upper[i]);

    /// <summary>Runs of consecutive indices for which <paramref name="keep"/> holds.</summary>
    public IEnumerable<IReadOnlyList<int>> Runs(Func<int, bool> keep)
    {
        var current = new List<int>();
        for (var i = 0; i < X.Count; i++)
        {
            if (keep(i))
            {
                current.Add(i);
                continue;
            }
            if (current.Count > 0)
                yield return current;
            current = [];
        }
        if (current.Count > 0)
            yield return current;
    }
}
