using System.Globalization;
using DevSim.Engine.Staffing;
using Spectre.Console;

namespace DevSim.Runner.Commands;

/// <summary><c>devsim staff</c>'s tables for people, one per step of the method.</summary>
internal static class StaffTables
{
    public static void Write(IAnsiConsole console, StaffingPlan plan, IReadOnlyList<StaffingDifference> differences, ScenarioStaffing? mapping,
        IReadOnlyList<string> files)
    {
        var team = plan.Team;
        var people = team.People.Select(p => p.Id).ToList();
        console.MarkupLine($"[bold]{Markup.Escape(team.Name)}[/]: {team.Tasks.Count} tasks, {people.Count} people, {team.Skills.Count} skills " +
                           "(Chen & Kim 2013, section 3)");

        var fdm = Matrix("task", people);
        for (var t = 0; t < team.Tasks.Count; t++)
            fdm.AddRow([team.Tasks[t].Id, .. people.Select((_, p) => $"{plan.Fdm[t][p]} ({plan.Ranks[t][p]})")]);
        Show(console, "FDM, eq. 3-4 (each task's rank of the person in brackets, eq. 5-6: 1 = highest FDM, ties share)", fdm);

        var ability = new Table().AddColumn("person").AddColumn(new TableColumn("average rank (eq. 7)").RightAligned()).AddColumn(new TableColumn("ability (eq. 8), 1 = weakest").RightAligned());
        for (var p = 0; p < people.Count; p++)
            ability.AddRow(people[p], plan.AverageRank[p].ToString("0.###", CultureInfo.InvariantCulture), (plan.AbilityOrder.ToList().IndexOf(people[p]) + 1).ToString(CultureInfo.InvariantCulture));
        Show(console, $"Ability order, weakest first: {string.Join(" < ", plan.AbilityOrder)}", ability);

        var distance = Matrix("task (difficulty, eq. 9)", people);
        for (var t = 0; t < team.Tasks.Count; t++)
            distance.AddRow([$"{team.Tasks[t].Id} ({plan.Difficulty[t]})", .. people.Select((_, p) => plan.Distance[t][p].ToString(CultureInfo.InvariantCulture))]);
        Show(console, $"Distance, eq. 10-11: ability minus requirement, summed over skills. Easiest task first: {string.Join(" ≤ ", plan.DifficultyOrder)}", distance);

        var assignment = new Table().AddColumn("task").AddColumn("name").AddColumn(new TableColumn("difficulty").RightAligned()).AddColumn("person")
            .AddColumn(new TableColumn("distance").RightAligned()).AddColumn("help (distance < 0)");
        foreach (var id in plan.DifficultyOrder)
        {
            var t = team.Tasks.ToList().FindIndex(x => x.Id == id);
            var a = plan.Assignment[t];
            assignment.AddRow(a.Task, Markup.Escape(team.Tasks[t].Name), plan.Difficulty[t].ToString(CultureInfo.InvariantCulture), Markup.Escape(ScenarioStaffing.Label(team, a.Person)),
                a.Distance.ToString(CultureInfo.InvariantCulture), a.NeedsHelp ? "[yellow]needs help[/]" : "");
        }
        Show(console, "Assignment, section 3.5: the easiest task to the weakest person, the hardest to the strongest" +
            (plan.Unassigned.Count > 0 ? $"; no task for {string.Join(", ", plan.Unassigned)}" : ""), assignment);

        console.MarkupLine($"[bold]Relationship model[/], section 3.6: leader {plan.Leader}, linked to everyone; standard value (eq. 12) " +
                           $"{plan.StandardValue}{(plan.StandardValueWithCeiling != plan.StandardValue ? $" (the worked example's ceiling would give {plan.StandardValueWithCeiling})" : "")}.");
        console.WriteLine("Edges: " + string.Join(", ", plan.Edges.Select(e => $"{e.From}-{e.To}" + (e.Reason == "leader" ? "" : $" ({e.Reason})"))));
        console.MarkupLine($"[bold]Conflict level[/] (eq. 13, section 3.7): {plan.Edges.Count} edges of {plan.MaxEdges}, normal range " +
                           $"{plan.NormalRange.From}-{plan.NormalRange.To}: [bold]{plan.ConflictLevel.ToString().ToLowerInvariant()}[/]");
        console.WriteLine();

        if (team.Published is not null)
        {
            if (differences.Count == 0)
            {
                console.MarkupLine($"Every printed value of {Markup.Escape(team.Published.Source ?? "the publication")} follows from the equations.");
            }
            else
            {
                var table = new Table().AddColumn("table").AddColumn("cell").AddColumn(new TableColumn("computed").RightAligned())
                    .AddColumn(new TableColumn("printed").RightAligned()).AddColumn("note");
                foreach (var d in differences)
                    table.AddRow(Markup.Escape(d.Table), d.Cell, Markup.Escape(d.Computed), Markup.Escape(d.Printed), Markup.Escape(d.Note));
                var tables = string.Join("; ", differences.GroupBy(d => d.Table).Select(g => $"{g.Key}: {g.Count()}"));
                Show(console, $"Where {team.Published.Source ?? "the publication"} differs from its equations ({differences.Count}: {tables})", table);
            }
        }
        if (mapping is not null)
        {
            console.WriteLine("Scenario staffing: " + string.Join(", ", mapping.Resources.Select(r => $"{r.Key} = {r.Value}")) +
                              (mapping.Unmatched.Count > 0 ? $"; no match for {string.Join(", ", mapping.Unmatched)}" : ""));
        }
        console.WriteLine("Written: " + string.Join(", ", files));
    }

    private static Table Matrix(string first, IReadOnlyList<string> people)
    {
        var table = new Table().AddColumn(first);
        foreach (var p in people)
            table.AddColumn(new TableColumn(p).RightAligned());
        return table;
    }

    private static void Show(IAnsiConsole console, string title, Table table)
    {
        console.MarkupLine($"[bold]{Markup.Escape(title)}[/]");
        console.Write(table);
    }
}
