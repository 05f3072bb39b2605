namespace DevSim.Engine.Experiments;

/// <summary>A portfolio cell's measures by type and over all projects (docs/model.md#portfolio-sweeps).</summary>
/// <param name="Overall">Over all projects.</param>
/// <param name="Types">Per type, in the portfolio's order.</param>
public sealed record CellPortfolio(CellGroup Overall, IReadOnlyList<CellGroup> Types)
{
    /// <summary>
    /// Per pool resource, each type's offered load in this replication (its arrival rate times its mean work there, over the
    /// capacity; they add up to the resource's), for merge's load-by-type figures; null in cells written before it was stored.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>>? LoadByType { get; init; }
}
