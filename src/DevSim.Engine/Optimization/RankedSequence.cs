using DevSim.Engine.Statistics;

namespace DevSim.Engine.Optimization;

/// <summary>A sequence found by a search, with its value from fresh, independent replications.</summary>
/// <param name="Sequence">Task ids in order.</param>
/// <param name="Mean">Mean duration from <paramref name="Replications"/> fresh replications (not those used to select it).</param>
/// <param name="Sd">Standard deviation of the duration.</param>
/// <param name="Ci95">95% CI of the mean.</param>
/// <param name="Replications">Fresh replications behind Mean.</param>
/// <param name="SelectionMean">The estimate the search selected it on (biased by selection: for reference only).</param>
/// <param name="SelectionReplications">Replications behind SelectionMean.</param>
/// <param name="Equivalents">How many of the sequences evaluated tied with this one exactly, on every shared replication
/// (itself included): orders that differ only between tasks that never rework each other behave identically.</param>
public sealed record RankedSequence(IReadOnlyList<int> Sequence, double Mean, double Sd, Interval Ci95, int Replications,
    double SelectionMean, int SelectionReplications, int Equivalents = 1);
