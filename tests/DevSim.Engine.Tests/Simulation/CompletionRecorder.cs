using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Simulation;

/// <summary>An extra run observer of the tests' own: keeps every project completion and the largest in-system count reported.</summary>
/// <param name="log">Where it writes (a class, so the test can read it after the run has copied the struct).</param>
internal readonly struct CompletionRecorder(CompletionRecorder.Log log) : IRunObserver
{
    public sealed class Log
    {
        public List<ProjectCompletion> Completions { get; } = [];

        public int MostInSystem { get; set; }

        public int Begins { get; set; }
    }

    public void Begin(RunPlan plan)
    {
        log.Completions.Clear();
        log.Begins++;
    }

    public void SlotsGrown(int slots) { }

    public void WindowOpened(double now) { }

    public void WindowClosed(double end) { }

    public void ProjectArrived(int slot, int project, double now) { }

    public void ProjectAdmitted(int slot, int type, double now) { }

    public void InSystemChanging(double now, int inSystem) => log.MostInSystem = Math.Max(log.MostInSystem, inSystem);

    public void ResourceChanging(int resource, double now, int queued, int busy) { }

    public void ServiceStarted(int slot, int resource, double requested, double now) { }

    public void ExecutionEnded(int slot, int resource, double duration) { }

    public void ProjectFinished(int slot, in ProjectCompletion completion) => log.Completions.Add(completion);

    public void RunEnding(double now, bool stoppedEarly) { }
}
