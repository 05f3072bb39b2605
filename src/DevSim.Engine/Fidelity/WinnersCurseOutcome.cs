using DevSim.Engine.Statistics;

namespace DevSim.Engine.Fidelity;

/// <summary>
/// One emulated search: what the paper would have printed for its winner (the mean and standard
/// deviation of the K replications that selected it) beside the winner's value on fresh replications.
/// </summary>
/// <param name="Sequence">The winner, 1-based task ids.</param>
/// <param name="PrintedMean">The winner's mean over the K replications behind its last fitness value.</param>
/// <param name="PrintedStandardDeviation">Their standard deviation (NaN when K is 1).</param>
/// <param name="Fresh">The winner's duration on fresh, independent replications.</param>
/// <param name="Generations">Generations bred before the stopping rule fired.</param>
/// <param name="Evaluations">Fitness values computed (each of K replications).</param>
public sealed record WinnersCurseOutcome(IReadOnlyList<int> Sequence, double PrintedMean, double PrintedStandardDeviation,
    SampleSummary Fresh, int Generations, long Evaluations)
{
    /// <summary>How far the printed value lies from the fresh one (printed minus fresh).</summary>
    public double Bias => PrintedMean - Fresh.Mean;
}
