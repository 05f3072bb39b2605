using DevSim.Engine.Simulation;

namespace DevSim.Engine.Tests.Portfolios;

/// <summary>Watches every event of a capped run: the most projects active at once (overall and per type) and whether any resource served more than its capacity.</summary>
internal readonly struct CapObserver(CapObserver.Log log) : IRunObserver
{
    public sealed class Log(int types, int[] capacity)
    {
        public int[] Capacity { get; } = capacity;

        public int Active { get; set; }

        public int[] ActiveOf { get; } = new int[types];

        public int MostActive { get; set; }

        public int[] MostActiveOf { get; } = new int[types];

        public long Admitted { get; set; }

        public bool Backlogged { get; set; }

        public bool OverCapacity { get; set; }

        public int[] Busy { get; } = new int[capacity.Length];

        public Dictionary<int, int> SlotType { get; } = [];
    }

    public void Begin(RunPlan plan) { }

    public void SlotsGrown(int slots) { }

    public void WindowOpened(double now) { }

    public void WindowClosed(double end) { }

    public void ProjectArrived(int slot, int project, double now) { }

    public void ProjectAdmitted(int slot, int type, double now)
    {
        log.Admitted++;
        log.Active++;
        log.ActiveOf[type]++;
        log.MostActive = Math.Max(log.MostActive, log.Active);
        log.MostActiveOf[type] = Math.Max(log.MostActiveOf[type], log.ActiveOf[type]);
    }

    public void InSystemChanging(double now, int inSystem)
    {
        if (inSystem > log.Active)
            log.Backlogged = true;
    }

    public void ResourceChanging(int resource, double now, int queued, int busy)
    {
        if (busy > log.Capacity[resource])
            log.OverCapacity = true;
    }

    public void ServiceStarted(int slot, int resource, double requested, double now) { }

    public void ExecutionEnded(int slot, int resource, double duration) { }

    public void ProjectFinished(int slot, in ProjectCompletion completion)
    {
        log.Active--;
        log.ActiveOf[completion.Type]--;
    }

    public void RunEnding(double now, bool stoppedEarly) { }
}
