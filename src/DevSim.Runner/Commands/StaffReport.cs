using DevSim.Engine.Staffing;

namespace DevSim.Runner.Commands;

/// <summary>One assignment in <c>devsim staff</c>'s JSON.</summary>
internal sealed record StaffAssignment(string Task, string Person, int Distance, bool NeedsHelp);

/// <summary>An edge count range in <c>devsim staff</c>'s JSON.</summary>
internal sealed record StaffRange(int From, int To);

/// <summary>
/// <c>devsim staff</c>'s JSON: every table of the method. The keys fdm, ranks, averageRank,
/// abilityOrder, difficulty, distance, assignment, leader, edges and conflictLevel are a contract.
/// </summary>
internal sealed record StaffReport(
    string Team, IReadOnlyList<string> Skills, IReadOnlyList<string> Tasks, IReadOnlyList<string> People,
    IReadOnlyList<IReadOnlyList<int>> Fdm, IReadOnlyList<IReadOnlyList<int>> Ranks, IReadOnlyList<double> AverageRank,
    IReadOnlyList<string> AbilityOrder, IReadOnlyList<int> Difficulty, IReadOnlyList<string> DifficultyOrder,
    IReadOnlyList<IReadOnlyList<int>> Distance, IReadOnlyList<StaffAssignment> Assignment, IReadOnlyList<string> Unassigned,
    string Leader, int StandardValue, int StandardValueWithCeiling, IReadOnlyList<IReadOnlyList<string>> Edges,
    IReadOnlyList<string> EdgeReasons, int EdgeCount, int MaxEdges, StaffRange NormalRange, string ConflictLevel,
    IReadOnlyList<StaffingDifference> Differences, IReadOnlyList<string> Files)
{
    public static StaffReport From(StaffingPlan plan, IReadOnlyList<StaffingDifference> differences, IReadOnlyList<string> files) => new(
        plan.Team.Name, [.. plan.Team.Skills.Select(s => s.Id)], [.. plan.Team.Tasks.Select(t => t.Id)], [.. plan.Team.People.Select(p => p.Id)],
        plan.Fdm, plan.Ranks, plan.AverageRank, plan.AbilityOrder, plan.Difficulty, plan.DifficultyOrder, plan.Distance,
        [.. plan.Assignment.Select(a => new StaffAssignment(a.Task, a.Person, a.Distance, a.NeedsHelp))], plan.Unassigned,
        plan.Leader, plan.StandardValue, plan.StandardValueWithCeiling, [.. plan.Edges.Select(e => (IReadOnlyList<string>)[e.From, e.To])],
        [.. plan.Edges.Select(e => e.Reason)], plan.Edges.Count, plan.MaxEdges, new StaffRange(plan.NormalRange.From, plan.NormalRange.To),
        plan.ConflictLevel.ToString().ToLowerInvariant(), differences, files);
}
