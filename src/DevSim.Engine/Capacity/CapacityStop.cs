namespace DevSim.Engine.Capacity;

/// <summary>Why a capacity search stopped.</summary>
public enum CapacityStop
{
    /// <summary>The bracket is narrower than the tolerance: the answer is as precise as asked.</summary>
    Tolerance,

    /// <summary>The measure's CI at both ends of the bracket holds the target: more replications, not more bisection, would sharpen it.</summary>
    Replications,

    /// <summary>The search used its most evaluations before either of the above.</summary>
    StepLimit,

    /// <summary>No arrival rate meets the target: a project alone already misses it (or every rate tried did).</summary>
    Unreachable,
}

/// <summary>The names of <see cref="CapacityStop"/> in reports.</summary>
public static class CapacityStopNames
{
    /// <summary>"tolerance", "replications", "step-limit" or "unreachable".</summary>
    public static string Name(this CapacityStop stop) => stop switch
    {
        CapacityStop.Tolerance => "tolerance",
        CapacityStop.Replications => "replications",
        CapacityStop.StepLimit => "step-limit",
        CapacityStop.Unreachable => "unreachable",
        _ => throw new ArgumentOutOfRangeException(nameof(stop), stop, null),
    };
}
