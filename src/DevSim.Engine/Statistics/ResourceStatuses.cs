namespace DevSim.Engine.Statistics;

/// <summary>
/// Tells the bottleneck from the resources it starves. The offered load counts every arriving project, so behind a
/// saturated resource the later ones show loads above 1 while they see only the projects the bottleneck lets through.
/// A resource busy at least <see cref="AtCapacity"/> of the time whose load CI reaches 1 is saturated; one whose load CI
/// lies above 1 but is less busy is held back by it. When no resource is saturated so (a run stopped before its window),
/// those above 1 are all called saturated, since none can be blamed instead (docs/model.md#which-resource-is-overloaded).
/// </summary>
public static class ResourceStatuses
{
    /// <summary>The utilisation from which a resource counts as busy at capacity: 0.95.</summary>
    public const double AtCapacity = 0.95;

    /// <summary>The status of each resource, in the order of <paramref name="loads"/>.</summary>
    /// <param name="loads">Each resource's offered load with its CI.</param>
    /// <param name="utilizations">Each resource's mean utilisation, same order; NaN or missing when unknown.</param>
    public static IReadOnlyList<ResourceStatus> Classify(IReadOnlyList<ResourceLoad> loads, IReadOnlyList<double> utilizations)
    {
        ArgumentNullException.ThrowIfNull(loads);
        ArgumentNullException.ThrowIfNull(utilizations);
        bool Over(int r) => loads[r].Ci95.Lower > 1;
        bool Known(int r) => r < utilizations.Count && !double.IsNaN(utilizations[r]);
        bool Saturated(int r) => loads[r].Ci95.Upper >= 1 && (Known(r) ? utilizations[r] >= AtCapacity : Over(r));
        var any = Enumerable.Range(0, loads.Count).Any(Saturated);
        return [.. Enumerable.Range(0, loads.Count).Select(r =>
            Saturated(r) ? ResourceStatus.Saturated : !Over(r) ? ResourceStatus.Ok : any ? ResourceStatus.HeldBack : ResourceStatus.Saturated)];
    }

    /// <summary>The status as JSON and tables write it: ok, saturated or held-back.</summary>
    public static string Name(this ResourceStatus status) => status switch
    {
        ResourceStatus.Saturated => "saturated",
        ResourceStatus.HeldBack => "held-back",
        _ => "ok",
    };
}
