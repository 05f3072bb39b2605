namespace DevSim.Engine.Scenarios;

/// <summary>The distribution of one execution's duration, scaled by the task's expected duration.</summary>
/// <param name="Distribution">The shape (docs/model.md#tasks-resources-and-durations: triangular).</param>
/// <param name="Spread">Relative half-width s in [0, 1): min = (1 - s) d, max = (1 + s) d.</param>
public readonly record struct DurationModel(DurationDistribution Distribution, double Spread)
{
    /// <summary>The paper's choice: triangular, ±20%.</summary>
    public static DurationModel Paper => new(DurationDistribution.Triangular, 0.2);

    /// <summary>The shortest an execution of expected duration 1 can last: 1 - s, or exactly 1 when fixed.</summary>
    public double ShortestFactor => Distribution == DurationDistribution.Fixed ? 1 : 1 - Spread;
}
