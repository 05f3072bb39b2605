namespace DevSim.Engine.Optimization;

/// <summary>
/// Stops when the best fitness changed by less than <paramref name="improvement"/> over the last
/// <paramref name="window"/> generations (the paper's rule; GeneticSharp's <c>FitnessStagnationTermination</c>
/// with a tolerance). It compares the current best with the best <paramref name="window"/> generations
/// earlier, so it cannot stop before generation <paramref name="window"/>.
/// </summary>
/// <param name="window">Generations to look back (1 or more).</param>
/// <param name="improvement">The smallest change that counts as progress, in days.</param>
internal sealed class FitnessStagnation(int window, double improvement) : IStoppingRule
{
    /// <inheritdoc />
    public string? Reason(IReadOnlyList<double> bestByGeneration)
    {
        var generation = bestByGeneration.Count - 1;
        return generation >= window && Math.Abs(bestByGeneration[generation] - bestByGeneration[generation - window]) < improvement
            ? $"the best improved by less than {improvement} over {window} generations"
            : null;
    }
}
