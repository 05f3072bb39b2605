namespace DevSim.Engine.Experiments;

/// <summary>A portfolio cell's measures by type and over all projects (docs/model.md#portfolio-sweeps).</summary>
/// <param name="Overall">Over all projects.</param>
/// <param name="Types">Per type, in the portfolio's order.</param>
public sealed record CellPortfolio(CellGroup Overall, IReadOnlyList<CellGroup> Types);
