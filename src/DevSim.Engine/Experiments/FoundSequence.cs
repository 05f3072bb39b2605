using DevSim.Engine.Optimization;

namespace DevSim.Engine.Experiments;

/// <summary>An optimal or worst sequence the genetic algorithm found for an experiment's scenario.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Source"><see cref="SequenceSource.Optimal"/> or <see cref="SequenceSource.Worst"/>.</param>
/// <param name="Sequence">The task ids in order.</param>
/// <param name="Duration">Its single-project mean duration on the search's fresh replications.</param>
public sealed record FoundSequence(string Scenario, SequenceSource Source, IReadOnlyList<int> Sequence, double Duration)
{
    /// <summary>The search's objective for a source.</summary>
    public static Objective ObjectiveOf(SequenceSource source) =>
        source == SequenceSource.Worst ? Objective.Maximize : Objective.Minimize;
}
