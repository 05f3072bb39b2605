namespace DevSim.Engine.Optimization;

/// <summary>Stops after a fixed number of generations whatever happens (GeneticSharp's <c>GenerationNumberTermination</c>).</summary>
/// <param name="maxGenerations">Generations bred after generation 0 (0 or more).</param>
internal sealed class GenerationLimit(int maxGenerations) : IStoppingRule
{
    /// <inheritdoc />
    public string? Reason(IReadOnlyList<double> bestByGeneration) =>
        bestByGeneration.Count - 1 >= maxGenerations ? $"reached the limit of {maxGenerations} generations" : null;
}
