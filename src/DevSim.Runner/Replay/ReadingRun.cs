using DevSim.Engine.Scenarios;

namespace DevSim.Runner.Replay;

/// <summary>
/// The paper's experiments replayed under one reading: the results and their headlines, or, when rework
/// never dies out under it, no results and the reason (<paramref name="Failure"/>). <paramref name="AlternativeRows"/> is reading (f).
/// </summary>
internal sealed record ReadingRun(string Label, ModelReadings Readings, bool AlternativeRows, ReplayResults? Results, IReadOnlyList<Headline> Headlines, string? Failure = null)
{
    /// <summary>The readings as the data file names them: the model: block's values, then reading (f) when it is on.</summary>
    public string Model => AlternativeRows ? string.Join(", ", new[] { Readings.ToString(), "rows 1 and 2: other alignment" }.Where(s => s.Length > 0)) : Readings.ToString();

    /// <summary>Whether the replay judged the claim <paramref name="result"/> to agree (fully) under this reading.</summary>
    public bool Reproduces(string result) => Headlines.Any(h => h.Result == result && h.Agreement.StartsWith("agrees", StringComparison.Ordinal));
}
