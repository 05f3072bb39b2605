using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Staffing;

/// <summary>Who staffs each resource of a scenario, from a plan whose tasks match the scenario's by name.</summary>
/// <param name="Resources">Resource name to person id(s), in the scenario's resource order; people sharing a resource are joined with ", ".</param>
/// <param name="Unmatched">Scenario tasks no team task matches, by name.</param>
public sealed record ScenarioStaffing(IReadOnlyList<KeyValuePair<string, string>> Resources, IReadOnlyList<string> Unmatched)
{
    /// <summary>
    /// Matches each scenario task to the team task of the same name or id (case and surrounding space
    /// ignored) and names that task's assignee as the staff of the scenario task's resource.
    /// </summary>
    public static ScenarioStaffing For(Scenario scenario, StaffingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(plan);
        var personOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (task, assigned) in plan.Team.Tasks.Zip(plan.Assignment))
        {
            personOf.TryAdd(task.Name.Trim(), assigned.Person);
            personOf.TryAdd(task.Id.Trim(), assigned.Person);
        }
        var people = scenario.Resources.Select(_ => new List<string>()).ToList();
        var unmatched = new List<string>();
        foreach (var task in scenario.Tasks)
        {
            if (personOf.TryGetValue(task.Name.Trim(), out var person))
            {
                if (!people[task.Resource].Contains(person))
                    people[task.Resource].Add(person);
            }
            else
            {
                unmatched.Add(task.Name);
            }
        }
        var resources = scenario.Resources.Select((r, i) => new KeyValuePair<string, string>(r.Name, string.Join(", ", people[i])))
            .Where(p => p.Value.Length > 0).ToList();
        return new ScenarioStaffing(resources, unmatched);
    }
}
