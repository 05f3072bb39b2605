using Spectre.Console;

namespace DevSim.Runner.Output;

/// <summary>Adds rows of plain text (never parsed as markup: CIs print as "[a, b]").</summary>
internal static class TableExtensions
{
    public static Table AddTextRow(this Table table, params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.AddRow(cells.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c)).ToArray());
    }
}
