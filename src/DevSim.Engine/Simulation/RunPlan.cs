using DevSim.Engine.Rules;

namespace DevSim.Engine.Simulation;

/// <summary>
/// What one run simulates: the project types, the resource pool's capacities, the queue
/// discipline, the WIP cap and the run's settings (projects of all types together, warm-up,
/// replications, seed, the in-system bound). A scenario alone is the plan of one type whose
/// resources are its own (<see cref="Single"/>).
/// </summary>
internal sealed class RunPlan
{
    public RunPlan(IReadOnlyList<CompiledType> types, int[] capacity, QueueDiscipline discipline, int wipCap, SimulationOptions options, bool byType = false)
    {
        ByType = byType;
        Types = [.. types];
        Capacity = capacity;
        Discipline = discipline;
        WipCap = wipCap;
        Options = options;
        MeanInterarrival = Types.Length == 1 ? Types[0].Arrivals.MeanInterarrival : 1 / Types.Sum(t => 1 / t.Arrivals.MeanInterarrival);
        Capped = wipCap < int.MaxValue || Types.Any(t => t.WipCap < int.MaxValue);
        MaxTaskCount = Types.Max(t => t.TaskCount);
    }

    public CompiledType[] Types { get; }

    /// <summary>Whether the statistics gather measures per type (<see cref="ReplicationResult.Portfolio"/>): portfolio runs, not a scenario alone.</summary>
    public bool ByType { get; }

    /// <summary>The capacity of each pool resource.</summary>
    public int[] Capacity { get; }

    public QueueDiscipline Discipline { get; }

    /// <summary>At most this many projects active at once, all types together; int.MaxValue when uncapped.</summary>
    public int WipCap { get; }

    /// <summary>Whether any WIP cap applies, global or per type.</summary>
    public bool Capped { get; }

    /// <summary>The largest n among the types: the stride of the run's per-task cells.</summary>
    public int MaxTaskCount { get; }

    /// <summary>Projects (all types together), warm-up, replications, seed and the in-system bound; its policy, sequence and arrivals are not read.</summary>
    public SimulationOptions Options { get; }

    /// <summary>The mean time between arrivals of any type: one type's own, else 1 / Σ 1/mean.</summary>
    public double MeanInterarrival { get; }

    /// <summary>The plan of <paramref name="model"/>'s scenario alone under <paramref name="options"/>, following <paramref name="sequence"/> (task indices).</summary>
    public static RunPlan Single(ProcessModel model, SimulationOptions options, int[] sequence) =>
        new([new CompiledType(0, model.Scenario.Name, model, model.TaskResource, sequence, options.Policy, options.Arrivals)],
            model.ResourceCapacity, QueueDiscipline.Fifo, int.MaxValue, options);
}
