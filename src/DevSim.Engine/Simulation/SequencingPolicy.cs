namespace DevSim.Engine.Simulation;

/// <summary>How a project picks its next task (docs/model.md#sequencing-policies).</summary>
public enum SequencingPolicy
{
    /// <summary>Always the first task in the sequence with pending work; queue for it if its resource is busy.</summary>
    Static,

    /// <summary>The paper's proposal: if the static choice's resource is busy, start the first later pending task whose resource is idle.</summary>
    Dynamic,

    /// <summary>
    /// DevSim's answer to the paper's open question (section 6.4): if the static choice's resource is
    /// busy, start the later pending task with an idle resource whose expected extra rework is least,
    /// but only when that rework is less than the expected wait for the busy resource.
    /// </summary>
    ReworkAware,
}
