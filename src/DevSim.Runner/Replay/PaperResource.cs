using DevSim.Engine.Scenarios;

namespace DevSim.Runner.Replay;

/// <summary>A resource the paper names by number, with the task whose resource it is.</summary>
/// <param name="Label">How the paper names it: "resource 2" is the resource of task 2 in Table 1.</param>
/// <param name="Task">The name of the task it performs, by which DevSim finds it in a scenario.</param>
internal sealed record PaperResource(int Label, string Task)
{
    /// <summary>
    /// The name of the resource that performs <see cref="Task"/> in <paramref name="scenario"/>;
    /// found by the task's name, never by position, so a scenario that orders or shares its
    /// resources differently still gets the right one.
    /// </summary>
    public string NameIn(Scenario scenario)
    {
        var task = scenario.Tasks.FirstOrDefault(t => t.Name == Task)
            ?? throw new InvalidOperationException($"Scenario '{scenario.Name}' has no task named '{Task}'.");
        return scenario.Resources[task.Resource].Name;
    }
}
