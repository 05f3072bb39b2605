using DevSim.Engine.Rules;

namespace DevSim.Engine.Simulation;

/// <summary>Builds the run of one sequencing policy with any extra observer: the registry's handle on a policy's generic run.</summary>
internal interface IRunFactory
{
    /// <summary>Working memory for replications of <paramref name="model"/>, watched by <paramref name="observer"/>.</summary>
    IMultiProjectRun Create<TObserver>(ProcessModel model, bool usePositionSets, TObserver observer)
        where TObserver : struct, IRunObserver;
}
