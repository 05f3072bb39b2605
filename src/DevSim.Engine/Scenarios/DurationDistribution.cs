namespace DevSim.Engine.Scenarios;

/// <summary>How one execution's duration spreads around the task's expected duration d.</summary>
public enum DurationDistribution
{
    /// <summary>Triangular(min = (1 - s) d, mode = d, max = (1 + s) d): the paper's "±20%" with s = 0.2.</summary>
    Triangular,

    /// <summary>Uniform on [(1 - s) d, (1 + s) d].</summary>
    Uniform,

    /// <summary>Always exactly d (the spread is ignored).</summary>
    Fixed,
}
