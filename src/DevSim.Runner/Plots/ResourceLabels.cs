namespace DevSim.Runner.Plots;

/// <summary>
/// How every figure names a resource: its number in the scenario's (or pool's) order, its name, and who
/// staffs it when the scenario says, so one resource reads the same on every axis, lane and legend.
/// </summary>
internal static class ResourceLabels
{
    /// <summary>The label of the resource at <paramref name="index"/> (0-based).</summary>
    public static string Of(int index, string name, string? person = null) =>
        person is null ? $"{index + 1} {name}" : $"{index + 1} {name} ({person})";

    /// <summary>The labels of resources in their order.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<string> names, IReadOnlyList<string?>? persons = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        return [.. names.Select((n, i) => Of(i, n, persons?[i]))];
    }
}
