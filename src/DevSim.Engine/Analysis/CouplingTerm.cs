namespace DevSim.Engine.Analysis;

/// <summary>One coupling's term in the first-order rework bound: RP × RI × d(reworked), the reworked task coming first.</summary>
/// <param name="ReworkedId">The task reworked (the row).</param>
/// <param name="CausingId">The later task whose first completion causes it (the column).</param>
/// <param name="Term">The term, in days of expected rework per project.</param>
public readonly record struct CouplingTerm(int ReworkedId, int CausingId, double Term);
