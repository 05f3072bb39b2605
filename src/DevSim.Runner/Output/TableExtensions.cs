using Spectre.Console;

namespace DevSim.Runner.Output;

/// <summary>Adds rows of plain text (never parsed as markup: CIs print as "[a, b]"), and keeps numbers whole.</summary>
internal static class TableExtensions
{
    /// <summary>
    /// Every column but the first right-aligned and never wrapped, so a narrow terminal folds the first column's words
    /// rather than split a number or a CI over lines.
    /// </summary>
    public static Table NumbersNoWrap(this Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
            column.NoWrap();
        }
        return table;
    }

    public static Table AddTextRow(this Table table, params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.AddRow(cells.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c)).ToArray());
    }
}
