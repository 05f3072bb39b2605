using Spectre.Console;

namespace DevSim.Runner.Output;

/// <summary>Adds rows of plain text (never parsed as markup: CIs print as "[a, b]"), and keeps numbers whole.</summary>
internal static class TableExtensions
{
    /// <summary>
    /// Every column after the first <paramref name="textColumns"/> right-aligned and never wrapped, so a narrow terminal
    /// folds the text columns' words rather than split a number or a CI over lines; of the text columns, all but the
    /// last are short (a rank, an id) and never wrapped either.
    /// </summary>
    public static Table NumbersNoWrap(this Table table, int textColumns = 1)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var column in table.Columns.Take(textColumns - 1))
            column.NoWrap();
        foreach (var column in table.Columns.Skip(textColumns))
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
