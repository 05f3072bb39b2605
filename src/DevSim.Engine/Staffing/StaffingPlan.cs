namespace DevSim.Engine.Staffing;

/// <summary>How a relationship model's edge count compares with eq. 13's normal range.</summary>
public enum ConflictLevel
{
    /// <summary>Fewer edges than the normal range: too little interaction (low team performance).</summary>
    Low,

    /// <summary>Within the normal range: the level the paper recommends (high team performance).</summary>
    Normal,

    /// <summary>More edges than the normal range: too much interaction (low team performance).</summary>
    High,
}

/// <summary>One task given to one person (section 3.5).</summary>
/// <param name="Task">The task's id.</param>
/// <param name="Person">The person's id.</param>
/// <param name="Distance">The person's ability minus the task's requirement, summed over skills (eq. 10).</param>
/// <param name="NeedsHelp">True when the distance is negative: the person needs help from an abler one.</param>
public sealed record StaffingAssignment(string Task, string Person, int Distance, bool NeedsHelp);

/// <summary>A link of the relationship model (section 3.6).</summary>
/// <param name="From">One person's id (the leader, or the person whose distance reached the standard value).</param>
/// <param name="To">The other person's id (everyone, for the leader; else the task's assignee).</param>
/// <param name="Reason">"leader", or the task whose distance table row made the link.</param>
public sealed record RelationshipEdge(string From, string To, string Reason);

/// <summary>
/// Every table of Chen &amp; Kim's (2013) staffing method for one team, equation by equation. Matrices
/// are tasks x people in the team's order.
/// </summary>
public sealed record StaffingPlan
{
    /// <summary>The team the plan is for.</summary>
    public required Team Team { get; init; }

    /// <summary>Eq. 3-4: for task t and person p, the sum over skills of required level times ability.</summary>
    public required IReadOnlyList<IReadOnlyList<int>> Fdm { get; init; }

    /// <summary>Eq. 5-6: each task's ranking of people, 1 for the highest FDM; equal FDMs share the rank (1, 2, 2, 4).</summary>
    public required IReadOnlyList<IReadOnlyList<int>> Ranks { get; init; }

    /// <summary>Eq. 7: each person's rank averaged over the tasks (lower is abler).</summary>
    public required IReadOnlyList<double> AverageRank { get; init; }

    /// <summary>Eq. 8: person ids from weakest (highest average rank) to strongest.</summary>
    public required IReadOnlyList<string> AbilityOrder { get; init; }

    /// <summary>Eq. 9: each task's difficulty, the sum of its required levels.</summary>
    public required IReadOnlyList<int> Difficulty { get; init; }

    /// <summary>Task ids from easiest to hardest (ties in file order).</summary>
    public required IReadOnlyList<string> DifficultyOrder { get; init; }

    /// <summary>Eq. 10-11: for task t and person p, the sum over skills of ability minus requirement.</summary>
    public required IReadOnlyList<IReadOnlyList<int>> Distance { get; init; }

    /// <summary>Section 3.5: the easiest task to the weakest person, up to the hardest to the strongest; in task order.</summary>
    public required IReadOnlyList<StaffingAssignment> Assignment { get; init; }

    /// <summary>People given no task (the weakest, when there are more people than tasks).</summary>
    public required IReadOnlyList<string> Unassigned { get; init; }

    /// <summary>Section 3.6: the strongest person, linked to everyone.</summary>
    public required string Leader { get; init; }

    /// <summary>The leader's distances summed over tasks, divided by the number of tasks: what eq. 12 rounds.</summary>
    public required double LeaderMeanDistance { get; init; }

    /// <summary>Eq. 12 as written: floor(the leader's distances summed over tasks / tasks) − 1.</summary>
    public required int StandardValue { get; init; }

    /// <summary>Eq. 12 with the ceiling the paper's worked example uses instead; equal to <see cref="StandardValue"/> when the mean is whole.</summary>
    public required int StandardValueWithCeiling { get; init; }

    /// <summary>The relationship model's links: the leader's, then those the distance table makes.</summary>
    public required IReadOnlyList<RelationshipEdge> Edges { get; init; }

    /// <summary>The most links people can have: n(n − 1)/2.</summary>
    public required int MaxEdges { get; init; }

    /// <summary>Eq. 13's normal range of edge counts: ⌊max/2⌋ ± ⌊n/2⌋, the brackets read as floors.</summary>
    public required (int From, int To) NormalRange { get; init; }

    /// <summary>Section 3.7: the conflict level that the edge count gives.</summary>
    public required ConflictLevel ConflictLevel { get; init; }
}
