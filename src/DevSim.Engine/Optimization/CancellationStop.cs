namespace DevSim.Engine.Optimization;

/// <summary>
/// Stops once <paramref name="cancellation"/> is cancelled (a time limit): the generation under way
/// finishes first, so the search still ends with a result.
/// </summary>
internal sealed class CancellationStop(CancellationToken cancellation) : IStoppingRule
{
    /// <inheritdoc />
    public string? Reason(IReadOnlyList<double> bestByGeneration) =>
        cancellation.IsCancellationRequested ? "stopped by the time limit" : null;
}
