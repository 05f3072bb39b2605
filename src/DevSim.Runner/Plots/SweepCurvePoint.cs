namespace DevSim.Runner.Plots;

/// <summary>One merged grid point as its figures need it (from a merge, or read back from results.json).</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Sequence">The sequence's label.</param>
/// <param name="Policy">The policy's name.</param>
/// <param name="Interarrival">Mean days between arrivals.</param>
/// <param name="Replications">Replications summarised.</param>
/// <param name="Duration">Mean duration and its 95% CI (Lower, Upper).</param>
/// <param name="Waiting">Mean waiting time and its 95% CI.</param>
/// <param name="Status">ok, partly overloaded, or overloaded.</param>
/// <param name="Verdict">The steady-state verdict (stable, unsettled or overloaded), or null in results written before issue 17.</param>
internal sealed record SweepCurvePoint(string Scenario, string Sequence, string Policy, double Interarrival, int Replications,
    (double Mean, double Lower, double Upper) Duration, (double Mean, double Lower, double Upper) Waiting, string Status, string? Verdict)
{
    /// <summary>
    /// How the point is drawn: from its verdict; results without one fall back to the count of overloaded
    /// replications (every one overloaded, some: unsettled, or none).
    /// </summary>
    public PointState State => (Verdict ?? Status) switch
    {
        "ok" or "stable" => PointState.Stable,
        "overloaded" => PointState.Overloaded,
        _ => PointState.Unsettled,
    };
}
