namespace DevSim.Engine.Simulation;

/// <summary>Builds runs of policy <typeparamref name="TPolicy"/> under any queue discipline.</summary>
/// <typeparam name="TPolicy">The sequencing policy.</typeparam>
internal sealed class RunFactory<TPolicy> : IRunFactory
    where TPolicy : struct, ISequencingPolicy
{
    public IMultiProjectRun Create<TDiscipline, TObserver>(RunPlan plan, bool usePositionSets, TObserver observer)
        where TDiscipline : struct, IQueueDiscipline
        where TObserver : struct, IRunObserver =>
        new MultiProjectRun<TPolicy, TDiscipline, TObserver>(plan, usePositionSets, observer);
}
