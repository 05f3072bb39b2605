using DevSim.Engine.Scenarios;

namespace DevSim.Engine.Staffing;

/// <summary>Who staffs each resource of a scenario, from a plan whose tasks match the scenario's by name.</summary>
/// <param name="Resources">
/// Resource name to person(s), in the scenario's resource order: a person's name with the id in brackets
/// ("Ana Lima (V5)"), or the id alone when the team file gives no name; people sharing a resource are joined with ", ".
/// </param>
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
            var person = Label(plan.Team, assigned.Person);
            personOf.TryAdd(task.Name.Trim(), person);
            personOf.TryAdd(task.Id.Trim(), person);
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

    /// <summary>A person as people read it: the name with the id, or the id alone when there is no name.</summary>
    public static string Label(Team team, string personId)
    {
        ArgumentNullException.ThrowIfNull(team);
        var name = team.People.FirstOrDefault(p => p.Id == personId)?.Name.Trim();
        return string.IsNullOrEmpty(name) || name == personId ? personId : $"{name} ({personId})";
    }
}
