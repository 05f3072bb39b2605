namespace DevSim.Engine.Simulation;

/// <summary>An observer that does nothing: the run's extra observer when none is wanted; the JIT removes its calls.</summary>
internal struct NoRunObserver : IRunObserver
{
    public readonly void Begin(RunPlan plan) { }

    public readonly void SlotsGrown(int slots) { }

    public readonly void WindowOpened(double now) { }

    public readonly void WindowClosed(double end) { }

    public readonly void ProjectArrived(int slot, int project, double now) { }

    public readonly void ProjectAdmitted(int slot, int type, double now) { }

    public readonly void InSystemChanging(double now, int inSystem) { }

    public readonly void ResourceChanging(int resource, double now, int queued, int busy) { }

    public readonly void ServiceStarted(int slot, int resource, double requested, double now) { }

    public readonly void ExecutionEnded(int slot, int resource, double duration) { }

    public readonly void ProjectFinished(int slot, in ProjectCompletion completion) { }

    public readonly void RunEnding(double now, bool stoppedEarly) { }
}
