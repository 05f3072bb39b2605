namespace DevSim.Engine.Simulation;

/// <summary>
/// Working memory for replications of one process under one policy: the non-generic face of
/// <see cref="MultiProjectRun{TPolicy, TDiscipline, TObserver}"/>, made by <see cref="SequencingPolicyRegistry"/>.
/// One instance runs one replication at a time.
/// </summary>
internal interface IMultiProjectRun
{
    /// <summary>Runs replication <paramref name="replication"/> of <paramref name="options"/> following <paramref name="sequence"/> (task indices, 0-based).</summary>
    /// <exception cref="ReworkDivergenceException">A project's rework never dies out.</exception>
    ReplicationResult Run(SimulationOptions options, int[] sequence, int replication, IExecutionObserver? observer);
}
