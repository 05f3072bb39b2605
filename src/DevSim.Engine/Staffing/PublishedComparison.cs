using System.Globalization;

namespace DevSim.Engine.Staffing;

/// <summary>One place where a publication's printed value differs from what its equations give.</summary>
/// <param name="Table">Which table or quantity (with its equation).</param>
/// <param name="Cell">Which cell: "R1/V7", a person or task id, or empty for a single value.</param>
/// <param name="Computed">DevSim's value, from the equations as written.</param>
/// <param name="Printed">The publication's value.</param>
/// <param name="Note">Why, when known.</param>
public sealed record StaffingDifference(string Table, string Cell, string Computed, string Printed, string Note = "");

/// <summary>Compares a plan with the values its team file says were printed (<see cref="Team.Published"/>).</summary>
public static class PublishedComparison
{
    /// <summary>Every printed value that differs from the computed one, table by table; empty when all agree or nothing was printed.</summary>
    public static IReadOnlyList<StaffingDifference> Differences(StaffingPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var printed = plan.Team.Published;
        var list = new List<StaffingDifference>();
        if (printed is null)
            return list;
        var tasks = plan.Team.Tasks;
        var people = plan.Team.People;
        void Cells(string table, IReadOnlyList<IReadOnlyList<int>> computed, IReadOnlyList<IReadOnlyList<int>>? shown)
        {
            if (shown is null)
                return;
            for (var t = 0; t < tasks.Count; t++)
            {
                for (var p = 0; p < people.Count; p++)
                {
                    if (computed[t][p] != shown[t][p])
                        list.Add(new(table, $"{tasks[t].Id}/{people[p].Id}", Text(computed[t][p]), Text(shown[t][p])));
                }
            }
        }
        Cells("FDM (eq. 3-4)", plan.Fdm, printed.Fdm);
        Cells("rank of each person in each task (eq. 5-6)", plan.Ranks, printed.Ranks);
        if (printed.AverageRank is { } average)
        {
            // Printed to three decimals, truncated or rounded: a difference under 0.001 is printing.
            for (var p = 0; p < people.Count; p++)
            {
                if (Math.Abs(plan.AverageRank[p] - average[p]) >= 0.001)
                    list.Add(new("average rank (eq. 7)", people[p].Id, plan.AverageRank[p].ToString("0.###", CultureInfo.InvariantCulture), Text(average[p])));
            }
        }
        if (printed.AbilityOrder is { } order && !order.SequenceEqual(plan.AbilityOrder, StringComparer.Ordinal))
            list.Add(new("ability order, weakest first (eq. 8)", "", string.Join(" < ", plan.AbilityOrder), string.Join(" < ", order)));
        if (printed.Difficulty is { } difficulty)
        {
            for (var t = 0; t < tasks.Count; t++)
            {
                if (plan.Difficulty[t] != difficulty[t])
                    list.Add(new("difficulty (eq. 9)", tasks[t].Id, Text(plan.Difficulty[t]), Text(difficulty[t])));
            }
        }
        Cells("distance (eq. 10-11)", plan.Distance, printed.Distance);
        // Later steps read the earlier tables: say so rather than leave each later difference unexplained.
        var upstream = list.Select(d => d.Table).Distinct().ToList();
        var consequence = upstream.Count == 0 ? "" : $"follows from the differences in {string.Join(", ", upstream)}";
        if (printed.Assignment is { } assignment)
        {
            foreach (var a in plan.Assignment)
            {
                if (assignment.TryGetValue(a.Task, out var person) && person != a.Person)
                    list.Add(new("assignment (section 3.5)", a.Task, a.Person, person, consequence));
            }
        }
        if (printed.Leader is { } leader && leader != plan.Leader)
            list.Add(new("leader (section 3.6)", "", plan.Leader, leader));
        if (printed.StandardValue is { } standard && standard != plan.StandardValue)
            list.Add(new("standard value (eq. 12)", "", Text(plan.StandardValue), Text(standard), RoundingNote(plan)));
        if (plan.StandardValue != plan.StandardValueWithCeiling)
        {
            list.Add(new("standard value (eq. 12): its floor against the worked example's ceiling", "", $"{plan.StandardValue} (floor)",
                $"{plan.StandardValueWithCeiling} (ceiling)", RoundingNote(plan)));
        }
        if (printed.Edges is { } edges && edges != plan.Edges.Count)
            list.Add(new("edges of the relationship model (section 3.6)", "", Text(plan.Edges.Count), Text(edges), consequence));
        foreach (var range in printed.NormalRanges ?? [])
        {
            if (range.From != plan.NormalRange.From || range.To != plan.NormalRange.To)
            {
                list.Add(new("normal conflict range (eq. 13)", range.Where, $"{plan.NormalRange.From}-{plan.NormalRange.To}", $"{range.From}-{range.To}",
                    $"eq. 13 with its brackets as floors: ⌊{plan.MaxEdges}/2⌋ ± ⌊{people.Count}/2⌋"));
            }
        }
        return list;
    }

    private static string RoundingNote(StaffingPlan plan) =>
        $"the leader's mean distance is {plan.LeaderMeanDistance.ToString("0.###", CultureInfo.InvariantCulture)}; " +
        "eq. 12 prints a floor, the worked example a ceiling";

    private static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
