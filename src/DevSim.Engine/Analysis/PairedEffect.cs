using DevSim.Engine.Statistics;

namespace DevSim.Engine.Analysis;

/// <summary>
/// The change in mean project duration that one change to a process causes, estimated from paired
/// runs (the same seed and replications for the original and the changed process: common random numbers).
/// </summary>
/// <param name="Mean">Mean of the paired differences, changed minus original, in days (negative: the change shortens projects).</param>
/// <param name="Ci95">Student-t 95% confidence interval of that mean.</param>
/// <param name="Pairs">Pairs behind it: single-project replications, or multi-project replications.</param>
/// <param name="Overloaded">Whether a multi-project run of the changed process was judged overloaded (the difference then describes runs that never settled).</param>
public readonly record struct PairedEffect(double Mean, Interval Ci95, long Pairs, bool Overloaded)
{
    /// <summary>Whether the 95% CI excludes zero.</summary>
    public bool Significant => !Ci95.Contains(0);

    /// <summary>Summarises paired differences (changed minus original), in pair order.</summary>
    internal static PairedEffect From(IEnumerable<double> differences, bool overloaded)
    {
        var summary = SampleSummary.From(differences);
        return new PairedEffect(summary.Mean, summary.Ci95, summary.Count, overloaded);
    }
}
