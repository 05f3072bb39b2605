namespace DevSim.Engine.Staffing;

/// <summary>
/// Chen &amp; Kim's (2013) staffing method (section 3), equation by equation: FDM (eq. 3-4), each
/// task's ranking of people (eq. 5-6), average ranks and the ability order (eq. 7-8), difficulty
/// (eq. 9), distance (eq. 10-11), the assignment (section 3.5), the relationship model (section 3.6,
/// eq. 12) and the conflict level (eq. 13).
/// </summary>
public static class FdmMethod
{
    /// <summary>Every table of the method for <paramref name="team"/>.</summary>
    public static StaffingPlan Compute(Team team)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (team.Tasks.Count == 0 || team.People.Count < team.Tasks.Count)
            throw new ArgumentException($"the method needs at least one task and one person per task ({team.Tasks.Count} tasks, {team.People.Count} people)", nameof(team));
        var tasks = team.Tasks;
        var people = team.People;
        var fdm = Matrix(team, (t, p) => Sum(t.Requirements, p.Abilities, (r, v) => r * v));
        var ranks = fdm.Select(CompetitionRanks).ToList();
        var averageRank = people.Select((_, p) => ranks.Average(row => (double)row[p])).ToList();
        // Equal average ranks: the larger total FDM is abler; then the earlier in the file counts as weaker. The paper has no ties.
        var totalFdm = people.Select((_, p) => fdm.Sum(row => row[p])).ToList();
        var weakestFirst = Enumerable.Range(0, people.Count)
            .OrderByDescending(p => averageRank[p]).ThenBy(p => totalFdm[p]).ThenBy(p => p).ToList();
        var difficulty = tasks.Select(t => t.Requirements.Sum()).ToList();
        var easiestFirst = Enumerable.Range(0, tasks.Count).OrderBy(t => difficulty[t]).ThenBy(t => t).ToList();
        var distance = Matrix(team, (t, p) => Sum(t.Requirements, p.Abilities, (r, v) => v - r));

        // Section 3.5: the k-th easiest task to the k-th weakest of the people who get a task (the
        // strongest ones when people outnumber tasks). Tasks of equal difficulty keep file order: a
        // distance is the person's ability sum minus the task's difficulty, so among equally difficult
        // tasks every assignment has the same distances and section 4.5's tie-break by distance cannot
        // separate them; file order reproduces the paper's R4-V3, R7-V1.
        var staffed = weakestFirst.Skip(people.Count - tasks.Count).ToList();
        var assigneeOf = new int[tasks.Count];
        for (var k = 0; k < tasks.Count; k++)
            assigneeOf[easiestFirst[k]] = staffed[k];
        var assignment = tasks.Select((t, i) => new StaffingAssignment(t.Id, people[assigneeOf[i]].Id, distance[i][assigneeOf[i]],
            distance[i][assigneeOf[i]] < 0)).ToList();

        var leader = weakestFirst[^1];
        var leaderMean = (double)distance.Sum(row => row[leader]) / tasks.Count;
        var standard = (int)Math.Floor(leaderMean) - 1;
        var edges = Relationships(team, distance, assigneeOf, leader, standard);
        var maxEdges = people.Count * (people.Count - 1) / 2;
        var normal = (maxEdges / 2 - people.Count / 2, maxEdges / 2 + people.Count / 2);
        return new StaffingPlan
        {
            Team = team,
            Fdm = fdm,
            Ranks = ranks,
            AverageRank = averageRank,
            AbilityOrder = [.. weakestFirst.Select(p => people[p].Id)],
            Difficulty = difficulty,
            DifficultyOrder = [.. easiestFirst.Select(t => tasks[t].Id)],
            Distance = distance,
            Assignment = assignment,
            Unassigned = [.. weakestFirst.Take(people.Count - tasks.Count).Select(p => people[p].Id)],
            Leader = people[leader].Id,
            LeaderMeanDistance = leaderMean,
            StandardValue = standard,
            StandardValueWithCeiling = (int)Math.Ceiling(leaderMean) - 1,
            Edges = edges,
            MaxEdges = maxEdges,
            NormalRange = normal,
            ConflictLevel = edges.Count < normal.Item1 ? ConflictLevel.Low : edges.Count > normal.Item2 ? ConflictLevel.High : ConflictLevel.Normal,
        };
    }

    /// <summary>
    /// Section 3.6: the leader is linked to everyone; and in the task-person distance table, a person
    /// whose distance to a task reaches the standard value is linked to that task's assignee.
    /// </summary>
    private static List<RelationshipEdge> Relationships(Team team, List<IReadOnlyList<int>> distance, int[] assigneeOf, int leader, int standard)
    {
        var people = team.People;
        var edges = new List<RelationshipEdge>();
        var linked = new HashSet<(int, int)>();
        bool Link(int a, int b) => a != b && linked.Add((Math.Min(a, b), Math.Max(a, b)));
        for (var p = 0; p < people.Count; p++)
        {
            if (Link(leader, p))
                edges.Add(new RelationshipEdge(people[leader].Id, people[p].Id, "leader"));
        }
        for (var t = 0; t < team.Tasks.Count; t++)
        {
            for (var p = 0; p < people.Count; p++)
            {
                if (distance[t][p] >= standard && Link(p, assigneeOf[t]))
                    edges.Add(new RelationshipEdge(people[p].Id, people[assigneeOf[t]].Id, team.Tasks[t].Id));
            }
        }
        return edges;
    }

    /// <summary>Rank 1 for the largest value; equal values share the better rank and the next rank skips (1, 2, 2, 4).</summary>
    internal static IReadOnlyList<int> CompetitionRanks(IReadOnlyList<int> values) =>
        [.. values.Select(v => 1 + values.Count(other => other > v))];

    private static List<IReadOnlyList<int>> Matrix(Team team, Func<TeamTask, TeamMember, int> cell) =>
        [.. team.Tasks.Select(t => (IReadOnlyList<int>)[.. team.People.Select(p => cell(t, p))])];

    private static int Sum(IReadOnlyList<int> requirements, IReadOnlyList<int> abilities, Func<int, int, int> term) =>
        requirements.Select((r, k) => term(r, abilities[k])).Sum();
}
