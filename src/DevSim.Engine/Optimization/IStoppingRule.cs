namespace DevSim.Engine.Optimization;

/// <summary>
/// A rule that ends an evolutionary search, asked before every generation (GeneticSharp's
/// <c>ITermination</c>); rules combine with <see cref="FirstStoppingRule"/>.
/// </summary>
internal interface IStoppingRule
{
    /// <summary>Why the search stops now, or null to breed another generation.</summary>
    /// <param name="bestByGeneration">The best fitness of generations 0, 1, ..., the current one
    /// (so the current generation is its count − 1).</param>
    string? Reason(IReadOnlyList<double> bestByGeneration);
}
