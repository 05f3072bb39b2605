using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Portfolios;

/// <summary>
/// The named resources a portfolio's project types share, each with its capacity
/// (docs/model.md#project-types): separate from any process, so one capacity can change in one call.
/// </summary>
public sealed class ResourcePool
{
    /// <summary>A pool of <paramref name="resources"/>; names must differ and capacities be at least 1.</summary>
    public ResourcePool(IReadOnlyList<ResourceDefinition> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        if (resources.Count == 0)
            throw new ArgumentException("a pool needs at least one resource", nameof(resources));
        foreach (var duplicate in resources.GroupBy(r => r.Name).Where(g => g.Count() > 1))
            throw new ArgumentException($"the pool names '{duplicate.Key}' twice", nameof(resources));
        foreach (var r in resources.Where(r => r.Capacity < 1))
            throw new ArgumentException($"resource '{r.Name}': capacity {r.Capacity} must be at least 1", nameof(resources));
        Resources = [.. resources];
    }

    /// <summary>The resources, in the pool's order.</summary>
    public IReadOnlyList<ResourceDefinition> Resources { get; }

    /// <summary>The index of the resource named <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        for (var r = 0; r < Resources.Count; r++)
        {
            if (Resources[r].Name == name)
                return r;
        }
        return -1;
    }

    /// <summary>The same pool with resource <paramref name="name"/> at <paramref name="capacity"/> servers.</summary>
    /// <exception cref="ArgumentException">No resource has that name, or the capacity is below 1.</exception>
    public ResourcePool WithCapacity(string name, int capacity)
    {
        var index = IndexOf(name);
        if (index < 0)
            throw new ArgumentException($"the pool has no resource '{name}'", nameof(name));
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var resources = Resources.ToArray();
        resources[index] = resources[index] with { Capacity = capacity };
        return new ResourcePool(resources);
    }

    /// <summary>A scenario's own resources as a pool.</summary>
    public static ResourcePool Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new ResourcePool(scenario.Resources);
    }
}
