using DevSim.Engine.Rules;

namespace DevSim.Engine.Simulation;

/// <summary>
/// What the run's hot paths read of one project type, kept together in one array element so an
/// event reaches its sequence, task resources, duration sampler and position sets through one
/// reference (a scenario alone costs what it did before types existed).
/// </summary>
internal struct RunType
{
    public CompiledType Type;
    public ProcessModel Model;
    public DurationSampler Durations;
    public int[] Sequence;
    public int[] TaskResource;
    public double[] TaskDuration;
    public int TaskCount;

    /// <summary>Whether its process has precedence pairs (the dynamic policy then checks them, by a scan).</summary>
    public bool Constrained;

    /// <summary>For n ≤ 64: pending work and idle resources as bit sets of positions in this type's sequence.</summary>
    public PositionSets Sets;

    public RunType(CompiledType type, int resources, bool usePositionSets)
    {
        Type = type;
        Model = type.Model;
        Durations = type.Model.Durations;
        Sequence = type.Sequence;
        TaskResource = type.TaskResource;
        TaskDuration = type.TaskDuration;
        TaskCount = type.TaskCount;
        Constrained = type.Constrained;
        Sets = new PositionSets(type.TaskCount, resources, usePositionSets);
    }

    /// <summary>Takes <paramref name="type"/>'s sequence and settings for the next replication (the same process); the sets follow its sequence.</summary>
    public void Use(CompiledType type)
    {
        Type = type;
        Model = type.Model;
        Durations = type.Model.Durations;
        Sequence = type.Sequence;
        TaskResource = type.TaskResource;
        TaskDuration = type.TaskDuration;
        TaskCount = type.TaskCount;
        Constrained = type.Constrained;
        Sets.Reset(Sequence, TaskResource);
    }
}
