namespace DevSim.Engine.Staffing;

/// <summary>One normal conflict range as a publication printed it.</summary>
/// <param name="Where">Where it is printed (for example "section 3.7").</param>
/// <param name="From">Lowest edge count of the normal range.</param>
/// <param name="To">Highest edge count of the normal range.</param>
public sealed record PublishedRange(string Where, int From, int To);

/// <summary>
/// What a publication printed for a team, table by table; every part is optional. Matrices are
/// tasks x people, in the team's task and person order.
/// </summary>
public sealed record PublishedStaffing
{
    /// <summary>Where the values come from, for reports.</summary>
    public string? Source { get; init; }

    /// <summary>The FDM matrix (Chen &amp; Kim: Table 5).</summary>
    public IReadOnlyList<IReadOnlyList<int>>? Fdm { get; init; }

    /// <summary>Each task's ranking of people (Table 6).</summary>
    public IReadOnlyList<IReadOnlyList<int>>? Ranks { get; init; }

    /// <summary>Each person's average rank (Table 7).</summary>
    public IReadOnlyList<double>? AverageRank { get; init; }

    /// <summary>People from weakest to strongest (section 4.2).</summary>
    public IReadOnlyList<string>? AbilityOrder { get; init; }

    /// <summary>Each task's difficulty (Table 8).</summary>
    public IReadOnlyList<int>? Difficulty { get; init; }

    /// <summary>Person-task distances (Table 9).</summary>
    public IReadOnlyList<IReadOnlyList<int>>? Distance { get; init; }

    /// <summary>Task id to person id (Table 10).</summary>
    public IReadOnlyDictionary<string, string>? Assignment { get; init; }

    /// <summary>The leader (section 4.6).</summary>
    public string? Leader { get; init; }

    /// <summary>The standard value of eq. 12 in the worked example.</summary>
    public int? StandardValue { get; init; }

    /// <summary>The number of edges of the relationship model.</summary>
    public int? Edges { get; init; }

    /// <summary>The normal conflict range(s) as printed.</summary>
    public IReadOnlyList<PublishedRange>? NormalRanges { get; init; }
}
