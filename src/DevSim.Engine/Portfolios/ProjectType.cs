using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Portfolios;

/// <summary>One kind of project in a portfolio (docs/model.md#project-types).</summary>
public sealed record ProjectType
{
    /// <summary>Its name (unique in the portfolio).</summary>
    public required string Name { get; init; }

    /// <summary>Its process.</summary>
    public required Scenario Scenario { get; init; }

    /// <summary>The pool resource of each of its scenario's resources, by name; a resource not listed maps to the pool resource of its own name.</summary>
    public IReadOnlyDictionary<string, string> ResourceMap { get; init; } = new Dictionary<string, string>();

    /// <summary>Its sequence of task ids; null for the scenario's own.</summary>
    public IReadOnlyList<int>? Sequence { get; init; }

    /// <summary>Its sequencing policy (default static).</summary>
    public SequencingPolicy Policy { get; init; } = SequencingPolicy.Static;

    /// <summary>When its projects arrive.</summary>
    public required IArrivalProcess Arrivals { get; init; }

    /// <summary>Its priority: smaller is more urgent (default 0).</summary>
    public int Priority { get; init; }

    /// <summary>Days from arrival to the due date; null for no due date.</summary>
    public double? DueAllowance { get; init; }

    /// <summary>At most this many of its projects active at once; null for no cap of its own.</summary>
    public int? WipCap { get; init; }

    /// <summary>The pool resource name its scenario's resource <paramref name="resource"/> maps to.</summary>
    public string PoolResource(string resource) => ResourceMap.TryGetValue(resource, out var pooled) ? pooled : resource;
}
