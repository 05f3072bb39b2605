namespace DevSim.Runner.Workbench;

/// <summary>
/// What the page asks to run: a kind, the scenario or the portfolio being edited (a kind that takes either runs on the
/// portfolio when one is sent), and the form's values by flag (empty means not given).
/// </summary>
internal sealed record RunRequest(string Kind, ScenarioDraft? Scenario, IReadOnlyDictionary<string, string>? Options, PortfolioDraft? Portfolio = null);
