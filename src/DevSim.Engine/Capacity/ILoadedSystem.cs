using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Capacity;

/// <summary>
/// A system of projects and shared resources that can be simulated at any total arrival rate with given capacities:
/// what <see cref="CapacitySearch"/> and <see cref="CapacityPlanner"/> work on. A scenario is one
/// (<see cref="ScenarioSystem"/>: Poisson arrivals at the rate); a portfolio of project types is meant to be another,
/// its load factor scaling every type's rate so that the total is the rate asked for.
/// </summary>
public interface ILoadedSystem
{
    /// <summary>The name used in reports.</summary>
    string Name { get; }

    /// <summary>The resources with their current capacities; capacity changes index this list.</summary>
    IReadOnlyList<ResourceDefinition> Resources { get; }

    /// <summary>
    /// This system with resource <paramref name="resource"/> given <paramref name="capacity"/> servers. The copy draws its
    /// random numbers exactly as this one does, so runs of the two with one seed are paired (common random numbers).
    /// </summary>
    ILoadedSystem WithCapacity(int resource, int capacity);

    /// <summary>Simulates at <paramref name="rate"/> projects per day.</summary>
    /// <param name="rate">Total arrivals per day; positive.</param>
    /// <param name="policy">The sequencing policy.</param>
    /// <param name="settings">Projects, warm-up, replications, seed, the in-system bound and threads (its policy and arrivals are set here).</param>
    /// <param name="measure">The measure reported per replication.</param>
    /// <param name="cancellation">Stops the simulation between replications (throws <see cref="OperationCanceledException"/>).</param>
    SystemRun Run(double rate, SequencingPolicy policy, SimulationOptions settings, DurationMeasure measure, CancellationToken cancellation = default);

    /// <summary>The measure of one project alone and each policy's stability limit, where a capacity search starts.</summary>
    /// <param name="policies">The policies whose limits are wanted.</param>
    /// <param name="settings">The simulations of any bisection (as <see cref="Run"/>).</param>
    /// <param name="tolerance">The limit's bisection stops when its bracket is narrower than this share of its upper end.</param>
    /// <param name="measure">The measure of the project alone.</param>
    /// <param name="cancellation">Stops the work between replications (throws <see cref="OperationCanceledException"/>).</param>
    SystemLimits Limits(IReadOnlyList<SequencingPolicy> policies, SimulationOptions settings, double tolerance, DurationMeasure measure,
        CancellationToken cancellation = default);
}
