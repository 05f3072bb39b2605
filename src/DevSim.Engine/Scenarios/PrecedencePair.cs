namespace DevSim.Engine.Scenarios;

/// <summary>A precedence constraint (docs/model.md#precedence-constraints): task <paramref name="BeforeId"/> must have been executed once before task <paramref name="AfterId"/> first starts.</summary>
/// <param name="BeforeId">The task that comes first (id).</param>
/// <param name="AfterId">The task that waits for it (id).</param>
public readonly record struct PrecedencePair(int BeforeId, int AfterId)
{
    /// <inheritdoc/>
    public override string ToString() => $"[{BeforeId}, {AfterId}]";
}
