namespace DevSim.Engine.Experiments;

/// <summary>Where an experiment's sequence comes from.</summary>
public enum SequenceSource
{
    /// <summary>The scenario's own sequence.</summary>
    Scenario,

    /// <summary>The shortest static sequence the genetic algorithm finds for the scenario.</summary>
    Optimal,

    /// <summary>The longest static sequence the genetic algorithm finds for the scenario.</summary>
    Worst,

    /// <summary>Task ids listed in the experiment file.</summary>
    Explicit,
}

/// <summary>One sequence an experiment runs every scenario with.</summary>
/// <param name="Label">Its name in the results: scenario, optimal, worst, or the file's name for an explicit list.</param>
/// <param name="Source">Where it comes from.</param>
/// <param name="Ids">The task ids, for <see cref="SequenceSource.Explicit"/> only.</param>
public sealed record SequenceChoice(string Label, SequenceSource Source, IReadOnlyList<int>? Ids = null)
{
    /// <summary>The scenario's own sequence.</summary>
    public static SequenceChoice ScenarioOwn { get; } = new("scenario", SequenceSource.Scenario);

    /// <summary>The optimiser's shortest sequence.</summary>
    public static SequenceChoice Optimal { get; } = new("optimal", SequenceSource.Optimal);

    /// <summary>The optimiser's longest sequence.</summary>
    public static SequenceChoice Worst { get; } = new("worst", SequenceSource.Worst);
}
