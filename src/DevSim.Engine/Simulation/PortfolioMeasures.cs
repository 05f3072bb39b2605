namespace DevSim.Engine.Simulation;

/// <summary>A portfolio replication's measures by type (docs/model.md#portfolio-measures).</summary>
public sealed record PortfolioMeasures
{
    /// <summary>Over all projects.</summary>
    public required ProjectMeasures Overall { get; init; }

    /// <summary>Per type, in the portfolio's order.</summary>
    public required IReadOnlyList<ProjectMeasures> Types { get; init; }

    /// <summary>Per resource, each type's offered load (its arrival rate times its mean work there, over the capacity); they sum to the resource's.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> LoadByType { get; init; }
}
