using DevSim.Engine.Scenarios;

namespace DevSim.Runner.Replay;

/// <summary>
/// The paper's experiments replayed under one reading: the results and their headlines, or, when rework
/// never dies out under it, no results and the reason (<paramref name="Failure"/>).
/// </summary>
internal sealed record ReadingRun(string Label, ModelReadings Readings, ReplayResults? Results, IReadOnlyList<Headline> Headlines, string? Failure = null)
{
    /// <summary>Whether the replay judged the claim <paramref name="result"/> to agree (fully) under this reading.</summary>
    public bool Reproduces(string result) => Headlines.Any(h => h.Result == result && h.Agreement.StartsWith("agrees", StringComparison.Ordinal));
}
