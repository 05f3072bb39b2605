namespace DevSim.Engine.Analysis.Calibration;

/// <summary>The verdicts of one calibration case over its runs.</summary>
/// <param name="Case">The case.</param>
/// <param name="Stable">Runs judged stable.</param>
/// <param name="Unsettled">Runs judged unsettled.</param>
/// <param name="Overloaded">Runs judged overloaded.</param>
/// <param name="Misses">Each run whose verdict missed the expectation: its seed, replications, verdict and reasons.</param>
public sealed record CalibrationOutcome(CalibrationCase Case, int Stable, int Unsettled, int Overloaded, IReadOnlyList<string> Misses)
{
    /// <summary>Runs made.</summary>
    public int Runs => Stable + Unsettled + Overloaded;

    /// <summary>The share of runs whose verdict met the expectation.</summary>
    public double Met => Runs == 0 ? double.NaN : (double)(Runs - Misses.Count) / Runs;

    /// <summary>The share the expectation requires: 98% of runs stable, or every run.</summary>
    public double Required => Case.Expected == CalibrationExpectation.Stable ? VerdictCalibration.RequiredStableShare : 1;

    /// <summary>Whether the case met its requirement.</summary>
    public bool Passes => Met >= Required;
}
