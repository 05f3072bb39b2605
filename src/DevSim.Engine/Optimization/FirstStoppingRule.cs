namespace DevSim.Engine.Optimization;

/// <summary>
/// Stops when any of its rules does, with the reason of the first in the order given
/// (GeneticSharp's <c>OrTermination</c>).
/// </summary>
internal sealed class FirstStoppingRule(params IStoppingRule[] rules) : IStoppingRule
{
    /// <inheritdoc />
    public string? Reason(IReadOnlyList<double> bestByGeneration)
    {
        foreach (var rule in rules)
        {
            if (rule.Reason(bestByGeneration) is { } reason)
                return reason;
        }
        return null;
    }
}
