namespace DevSim.Runner.Plots;

/// <summary>What a point of a curve stands for (issue 17's verdicts), which decides how it is drawn.</summary>
internal enum PointState
{
    /// <summary>A steady-state estimate: a filled marker, on the line, inside its band.</summary>
    Stable,

    /// <summary>An estimate that has not settled (near saturation, a short run): a hollow marker, no band.</summary>
    Unsettled,

    /// <summary>No steady state: the line breaks and the stretch is shaded.</summary>
    Overloaded,
}
