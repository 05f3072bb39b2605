namespace DevSim.Runner.Plots;

/// <summary>A person in the relationship model: id, label (the task held), whether they lead, whether they need help.</summary>
internal sealed record RelationshipNode(string Id, string Label, bool Leader, bool NeedsHelp);
