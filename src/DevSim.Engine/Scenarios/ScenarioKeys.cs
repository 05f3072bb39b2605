namespace DevSim.Engine.Scenarios;

/// <summary>The user-facing names of scenario keys, shared by the reader (for line numbers) and the validator.</summary>
public static class ScenarioKeys
{
    /// <summary>The YAML key of the probability matrix.</summary>
    public const string Probability = "rework.probability";

    /// <summary>The YAML key of the impact matrix.</summary>
    public const string Impact = "rework.impact";

    /// <summary>A field of the tasks list entry at 1-based <paramref name="entry"/>.</summary>
    public static string Task(int entry, string field) => $"tasks, entry {entry}, {field}";

    /// <summary>A field of the resources list entry at 1-based <paramref name="entry"/>.</summary>
    public static string Resource(int entry, string field) => $"resources, entry {entry}, {field}";

    /// <summary>The precedence pair at 1-based <paramref name="entry"/>.</summary>
    public static string Precedence(int entry) => $"precedence, pair {entry}";

    /// <summary>A row of a matrix; rows are task ids.</summary>
    public static string Row(string matrix, int row) => $"{matrix}, row {row}";

    /// <summary>A cell of a matrix; rows and columns are task ids.</summary>
    public static string Cell(string matrix, int row, int column) => $"{matrix}, row {row}, column {column}";
}
