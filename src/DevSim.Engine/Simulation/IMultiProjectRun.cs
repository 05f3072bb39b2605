namespace DevSim.Engine.Simulation;

/// <summary>
/// Working memory for replications of one portfolio (one or more project types on one pool) under
/// one discipline and its types' policies: the non-generic face of
/// <see cref="MultiProjectRun{TPolicy, TDiscipline, TObserver}"/>, made by <see cref="QueueDisciplineRegistry"/>.
/// One instance runs one replication at a time.
/// </summary>
internal interface IMultiProjectRun
{
    /// <summary>Runs replication <paramref name="replication"/> of the run's one process under <paramref name="options"/> following <paramref name="sequence"/> (task indices, 0-based).</summary>
    /// <exception cref="ReworkDivergenceException">A project's rework never dies out.</exception>
    ReplicationResult Run(SimulationOptions options, int[] sequence, int replication, IExecutionObserver? observer);

    /// <summary>Runs replication <paramref name="replication"/> of <paramref name="plan"/>, whose types' processes and pool are the run's.</summary>
    /// <exception cref="ReworkDivergenceException">A project's rework never dies out.</exception>
    ReplicationResult Run(RunPlan plan, int replication, IExecutionObserver? observer);
}
