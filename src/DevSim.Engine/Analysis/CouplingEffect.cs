namespace DevSim.Engine.Analysis;

/// <summary>What one coupling of the rework matrices costs: the effects of weakening it and of removing it.</summary>
/// <param name="ReworkedId">The row: the task that gets reworked.</param>
/// <param name="CausingId">The column: the task whose completion causes the rework.</param>
/// <param name="Probability">RP of the cell.</param>
/// <param name="Impact">RI of the cell.</param>
/// <param name="FirstOrderRework">
/// The cell's term in the first-order rework bound (<see cref="Evaluation.ReworkBound"/>): RP × RI × d(reworked)
/// when the reworked task comes before the causing one in the sequence, else 0. Its size on paper, to compare
/// with what it costs.
/// </param>
/// <param name="ProbabilityReduced">The effect of RP reduced by the chosen share (RI unchanged).</param>
/// <param name="ImpactReduced">The effect of RI reduced by the chosen share (RP unchanged).</param>
/// <param name="Removed">The effect of removing the coupling (RP and RI both 0).</param>
public sealed record CouplingEffect(int ReworkedId, int CausingId, double Probability, double Impact, double FirstOrderRework,
    PairedEffect ProbabilityReduced, PairedEffect ImpactReduced, PairedEffect Removed);
