namespace DevSim.Runner.Workbench;

/// <summary>
/// Where a draft a client sent holds JSON null instead of a value (the page sends "" for an empty field and [] for an
/// empty list): the first such place as a path into the JSON (<c>tasks[2].duration</c>), or null when there is none.
/// System.Text.Json leaves a record's members and list entries null when the JSON says so, and the YAML writers would
/// trip over them (an empty answer with status 500 before).
/// </summary>
internal static class DraftNulls
{
    /// <summary>The first null in <paramref name="draft"/>, or null.</summary>
    public static string? In(ScenarioDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return First(Text(draft.FileName, "fileName"), Text(draft.Name, "name"), Text(draft.Distribution, "distribution"),
            Text(draft.Spread, "spread"), Text(draft.Sequence, "sequence"),
            Rows(draft.Resources, "resources", Resource),
            Rows(draft.Tasks, "tasks", (t, at) => First(Text(t.Id, at + ".id"), Text(t.Name, at + ".name"), Text(t.Duration, at + ".duration"),
                Text(t.Resource, at + ".resource"))),
            Rows(draft.Probability, "probability", Cells), Rows(draft.Impact, "impact", Cells), Rows(draft.Precedence, "precedence", Cells),
            Map(draft.Staffing, "staffing"), Map(draft.Model, "model"));
    }

    /// <summary>The first null in <paramref name="draft"/>, or null.</summary>
    public static string? In(PortfolioDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return First(Text(draft.FileName, "fileName"), Text(draft.Name, "name"), Text(draft.Discipline, "discipline"), Text(draft.WipCap, "wipCap"),
            Rows(draft.Resources, "resources", Resource),
            Rows(draft.Types, "types", (t, at) => First(Text(t.Name, at + ".name"), Text(t.Scenario, at + ".scenario"), Text(t.Process, at + ".process"),
                Text(t.Policy, at + ".policy"), Text(t.Arrivals, at + ".arrivals"), Text(t.Every, at + ".every"), Text(t.Priority, at + ".priority"),
                Text(t.DueAllowance, at + ".dueAllowance"), Text(t.WipCap, at + ".wipCap"), Text(t.Sequence, at + ".sequence"),
                Map(t.Resources, at + ".resources"))));
    }

    /// <summary>The line the workbench answers with for a null at <paramref name="at"/>.</summary>
    public static string Line(string at) => $"{at}: null where a value belongs (send \"\" for an empty field, [] for an empty list)";

    private static string? Resource(ScenarioDraft.ResourceRow r, string at) => First(Text(r.Name, at + ".name"), Text(r.Capacity, at + ".capacity"));

    private static string? Text(string? value, string at) => value is null ? at : null;

    private static string? First(params string?[] found) => found.FirstOrDefault(f => f is not null);

    private static string? Rows<T>(IReadOnlyList<T>? rows, string at, Func<T, string, string?> row)
    {
        if (rows is null)
            return at;
        for (var k = 0; k < rows.Count; k++)
        {
            var entry = $"{at}[{k}]";
            if (rows[k] is null)
                return entry;
            if (row(rows[k], entry) is { } found)
                return found;
        }
        return null;
    }

    private static string? Cells(IReadOnlyList<string> row, string at) => Rows(row, at, (_, _) => null);

    private static string? Map(IReadOnlyDictionary<string, string>? map, string at) =>
        map is null ? at : map.FirstOrDefault(p => p.Value is null) is { Key: { } key } ? $"{at}.{key}" : null;
}
