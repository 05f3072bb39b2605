namespace DevSim.Runner.Workbench;

/// <summary>What the page asks to run: a kind, the scenario being edited, and the form's values by flag (empty means not given).</summary>
internal sealed record RunRequest(string Kind, ScenarioDraft Scenario, IReadOnlyDictionary<string, string>? Options);
