namespace DevSim.Engine.Rules;

/// <summary>One non-zero of a column of the rework matrices: completing task j may rework <paramref name="Row"/>.</summary>
/// <param name="Row">The task x that may be reworked.</param>
/// <param name="Probability">RP[x][j].</param>
/// <param name="Impact">RI[x][j].</param>
internal readonly record struct ColumnEntry(int Row, double Probability, double Impact);
