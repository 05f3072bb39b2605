namespace DevSim.Engine.Scenarios;

/// <summary>
/// The raw, unchecked content of a scenario, as read from a file or built in code. Turn it into a
/// <see cref="Scenario"/> with <see cref="Scenario.Create"/>, which reports every problem at once.
/// </summary>
public sealed class ScenarioDefinition
{
    /// <summary>The scenario's name.</summary>
    public string? Name { get; set; }

    /// <summary><c>triangular</c> (default), <c>uniform</c> or <c>fixed</c>.</summary>
    public string Distribution { get; set; } = "triangular";

    /// <summary>Relative half-width of the duration distribution, in [0, 1); default 0.2.</summary>
    public double Spread { get; set; } = 0.2;

    /// <summary>The tasks, in any order; their ids must be 1..n.</summary>
    public IList<TaskEntry> Tasks { get; } = new List<TaskEntry>();

    /// <summary>Shared resources; tasks that name none get a resource of their own.</summary>
    public IList<ResourceEntry> Resources { get; } = new List<ResourceEntry>();

    /// <summary>RP: row i, column j = probability that i, done before j, is reworked because of j.</summary>
    public IList<IList<double>>? ReworkProbability { get; set; }

    /// <summary>RI: row i, column j = size of that rework as a fraction of i's full work.</summary>
    public IList<IList<double>>? ReworkImpact { get; set; }

    /// <summary>The default sequence of task ids; 1..n when absent.</summary>
    public IList<int>? Sequence { get; set; }

    /// <summary>Precedence constraints (docs/model.md#precedence-constraints): each pair's first task must be executed before its second first starts; optional.</summary>
    public IList<PrecedencePair> Precedence { get; } = new List<PrecedencePair>();

    /// <summary>Who staffs each resource (resource name to a person), for reports; optional.</summary>
    public IDictionary<string, string> Staffing { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The <c>model:</c> block: the readings of the paper's text (DevSim's defaults when absent).</summary>
    public ModelReadings Readings { get; set; } = ModelReadings.Default;

    /// <summary>One task as given.</summary>
    /// <param name="Id">Task number, 1..n.</param>
    /// <param name="Name">Name (defaults to "Task {id}").</param>
    /// <param name="Duration">Expected duration, positive.</param>
    /// <param name="Resource">Name of a resource in <see cref="Resources"/>, or null for its own.</param>
    public sealed record TaskEntry(int? Id, string? Name, double? Duration, string? Resource = null);

    /// <summary>One shared resource as given.</summary>
    /// <param name="Name">Unique name that tasks refer to.</param>
    /// <param name="Capacity">Parallel servers, at least 1.</param>
    public sealed record ResourceEntry(string? Name, int Capacity = 1);
}
