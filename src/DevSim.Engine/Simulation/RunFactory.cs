using DevSim.Engine.Rules;

namespace DevSim.Engine.Simulation;

/// <summary>Builds runs of policy <typeparamref name="TPolicy"/>, queueing first come, first served (the paper's discipline).</summary>
/// <typeparam name="TPolicy">The sequencing policy.</typeparam>
internal sealed class RunFactory<TPolicy> : IRunFactory
    where TPolicy : struct, ISequencingPolicy
{
    public IMultiProjectRun Create<TObserver>(ProcessModel model, bool usePositionSets, TObserver observer)
        where TObserver : struct, IRunObserver =>
        new MultiProjectRun<TPolicy, FifoDiscipline, TObserver>(model, usePositionSets, observer);
}
