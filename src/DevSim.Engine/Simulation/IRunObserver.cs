namespace DevSim.Engine.Simulation;

/// <summary>
/// Watches one replication of the multi-project run as it happens: the statistics of a run are
/// observers of its events, not part of the event logic. Implemented by structs and passed as a
/// generic argument, so the JIT specialises the run for each observer and an empty observer
/// (<see cref="NoRunObserver"/>) costs nothing.
/// </summary>
/// <remarks>
/// <para>Calls come in simulated-time order. A project lives in a slot (a small int reused after the
/// project finishes) from <see cref="ProjectArrived"/> to <see cref="ProjectFinished"/>; an observer
/// that keeps per-project state indexes it by slot and grows it in <see cref="SlotsGrown"/>.</para>
/// <para>Time-weighted values (a resource's queue length and busy servers, the projects in the system)
/// are reported just before they change: the value given has held since the previous report of the
/// same quantity. At the end of the run each is reported once more, after <see cref="RunEnding"/>.</para>
/// <para>The observation window (the time the time-averages cover) opens when the first project after
/// the warm-up arrives and closes at the last arrival; an observer may use it or ignore it.</para>
/// </remarks>
internal interface IRunObserver
{
    /// <summary>A replication of <paramref name="plan"/> starts: forget everything of the previous one.</summary>
    void Begin(RunPlan plan);

    /// <summary>The run now has <paramref name="slots"/> project slots (never fewer than before).</summary>
    void SlotsGrown(int slots);

    /// <summary>The first project after the warm-up arrives at <paramref name="now"/>.</summary>
    void WindowOpened(double now);

    /// <summary>The last project will arrive at <paramref name="end"/>.</summary>
    void WindowClosed(double end);

    /// <summary>Project <paramref name="project"/> (0-based, in arrival order) arrives into <paramref name="slot"/>.</summary>
    void ProjectArrived(int slot, int project, double now);

    /// <summary>The project in <paramref name="slot"/>, of type <paramref name="type"/>, enters the run past the WIP cap (reported only when a cap applies).</summary>
    void ProjectAdmitted(int slot, int type, double now);

    /// <summary>The number of projects in the system is about to change; it was <paramref name="inSystem"/> since the last report.</summary>
    void InSystemChanging(double now, int inSystem);

    /// <summary>Resource <paramref name="resource"/>'s queue or busy servers are about to change; they were
    /// <paramref name="queued"/> and <paramref name="busy"/> since the last report.</summary>
    void ResourceChanging(int resource, double now, int queued, int busy);

    /// <summary>The project in <paramref name="slot"/> starts on <paramref name="resource"/>, which it requested at <paramref name="requested"/>.</summary>
    void ServiceStarted(int slot, int resource, double requested, double now);

    /// <summary>An execution of <paramref name="duration"/> days on <paramref name="resource"/> for the project in <paramref name="slot"/> ends.</summary>
    void ExecutionEnded(int slot, int resource, double duration);

    /// <summary>The project in <paramref name="slot"/> has no work left.</summary>
    void ProjectFinished(int slot, in ProjectCompletion completion);

    /// <summary>The run ends at <paramref name="now"/>; <paramref name="stoppedEarly"/> when too many projects piled up.
    /// The time-weighted values are reported once more after this call.</summary>
    void RunEnding(double now, bool stoppedEarly);
}
