namespace DevSim.Engine.Simulation;

/// <summary>The names of the sequencing policies in files, options and results: static, dynamic, rework-aware.</summary>
public static class SequencingPolicyNames
{
    private static readonly (SequencingPolicy Policy, string Name)[] Names =
        [(SequencingPolicy.Static, "static"), (SequencingPolicy.Dynamic, "dynamic"), (SequencingPolicy.ReworkAware, "rework-aware")];

    /// <summary>Every name, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Select(n => n.Name)];

    /// <summary>The policy's name.</summary>
    public static string Name(this SequencingPolicy policy) => Names.First(n => n.Policy == policy).Name;

    /// <summary>The policy named <paramref name="name"/>, or null.</summary>
    public static SequencingPolicy? Parse(string? name) =>
        Names.Where(n => n.Name == name).Select(n => (SequencingPolicy?)n.Policy).FirstOrDefault();
}
