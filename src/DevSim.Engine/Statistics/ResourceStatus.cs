namespace DevSim.Engine.Statistics;

/// <summary>Whether a resource keeps up, and if not, whether it is the bottleneck (docs/model.md#which-resource-is-overloaded).</summary>
public enum ResourceStatus
{
    /// <summary>Its offered load is not shown to be above 1: it keeps up.</summary>
    Ok,

    /// <summary>Its offered load lies above 1 and it is busy at capacity: a bottleneck, its queue grows without bound.</summary>
    Saturated,

    /// <summary>
    /// Its offered load lies above 1, but a saturated resource upstream lets through too few projects for it to be
    /// busy at capacity: it would be over capacity once the bottleneck keeps up.
    /// </summary>
    HeldBack,
}
