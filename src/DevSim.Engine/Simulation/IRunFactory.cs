namespace DevSim.Engine.Simulation;

/// <summary>Builds the run of one sequencing policy with any discipline and extra observer: the registries' handle on a policy's generic run.</summary>
internal interface IRunFactory
{
    /// <summary>Working memory for replications of <paramref name="plan"/>'s portfolio, queueing by <typeparamref name="TDiscipline"/>, watched by <paramref name="observer"/>.</summary>
    IMultiProjectRun Create<TDiscipline, TObserver>(RunPlan plan, bool usePositionSets, TObserver observer)
        where TDiscipline : struct, IQueueDiscipline
        where TObserver : struct, IRunObserver;
}
