using System.Globalization;
using CsvHelper;

namespace DevSim.Runner.Output;

/// <summary>Writes a header and rows as CSV (culture-invariant numbers, quoting where needed), atomically.</summary>
internal static class CsvTable
{
    public static void Write(string path, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows) =>
        AtomicFile.Write(path, writer => Write(writer, header, rows));

    /// <summary>Writes the table to <paramref name="writer"/> (for files written together, see <see cref="AtomicFile.WriteAll"/>).</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var name in header)
            csv.WriteField(name);
        csv.NextRecord();
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
                throw new InvalidOperationException($"a row has {row.Count} fields for {header.Count} columns");
            foreach (var field in row)
                csv.WriteField(Format(field));
            csv.NextRecord();
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        double d when double.IsNaN(d) => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
