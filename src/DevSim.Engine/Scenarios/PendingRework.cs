namespace DevSim.Engine.Scenarios;

/// <summary>What a task's pending rework becomes when more is given before it runs (docs/model.md#reading-c-pending-rework-adds-up).</summary>
public enum PendingRework
{
    /// <summary>The larger of the two amounts (the paper's three-task example; DevSim's default).</summary>
    Larger,

    /// <summary>The two amounts add up.</summary>
    Sum,
}
