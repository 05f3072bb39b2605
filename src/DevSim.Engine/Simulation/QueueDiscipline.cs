namespace DevSim.Engine.Simulation;

/// <summary>Which waiting request a freed server takes (docs/model.md#queue-disciplines); names in <see cref="QueueDisciplineRegistry"/>.</summary>
public enum QueueDiscipline
{
    /// <summary>The earliest request (the paper's, the default).</summary>
    Fifo,

    /// <summary>The smallest type priority.</summary>
    Priority,

    /// <summary>The earliest project due date (projects without one last).</summary>
    Edd,

    /// <summary>The least expected remaining work of the project.</summary>
    Srw,

    /// <summary>The least slack: due date minus now minus expected remaining work.</summary>
    Slack,
}
