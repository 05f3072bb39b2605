using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DevSim.Engine.Input;
using DevSim.Engine.Scenarios;
using DevSim.Runner.Cli;

namespace DevSim.Runner.Plots;

/// <summary>
/// Reads back the per-resource CSV beside a merge's results (NAME-utilisation.csv) through the input gate,
/// every field checked, every problem named by the file, line and column: utilisation a busy share from 0
/// to 1, its CI two bounds in order (both empty with one replication), interarrival times positive,
/// offered loads not negative, each row a grid point of the results file, no row twice.
/// </summary>
internal static class UtilisationFile
{
    /// <summary>The rows of <paramref name="path"/>; <paramref name="points"/> are the results file's grid points, each row must be one of them.</summary>
    public static IReadOnlyList<SweepResourcePoint> Read(string path, IReadOnlyCollection<SweepCurvePoint> points)
    {
        string text;
        try
        {
            text = InputFiles.ReadText(path, "utilisation CSV");
        }
        catch (IOException e)
        {
            throw new UserErrorException($"{path}: {e.Message}");
        }
        var known = points.Select(p => (p.Scenario, p.Sequence, p.Policy, p.Interarrival)).ToHashSet();
        var header = SweepPlots.ResourceHeader;
        var problems = new List<InputProblem>();
        var rows = new List<SweepResourcePoint>();
        var seen = new Dictionary<(string, string, string, double, string), int>();
        void Problem(int line, string column, string message)
        {
            if (problems.Count <= InputLimits.MaxProblems)
                problems.Add(problems.Count < InputLimits.MaxProblems ? new(column, message, line) : new("", $"more problems from here on are not listed (the first {InputLimits.MaxProblems} are)", line));
        }
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = false });
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || !csv.HeaderRecord!.SequenceEqual(header))
                throw new UserErrorException($"{path}:1: expected the header {string.Join(',', header)}");
            while (csv.Read())
            {
                var line = csv.Parser.RawRow;
                if (csv.Parser.Count != header.Length)
                {
                    Problem(line, "", $"{csv.Parser.Count} fields, expected {header.Length} ({string.Join(',', header)})");
                    continue;
                }
                var before = problems.Count;
                string Name(int i)
                {
                    var value = csv.GetField(i) ?? "";
                    if (value.Length == 0)
                        Problem(line, header[i], "is empty");
                    return value;
                }
                // An empty field is "no value" (merge writes one where there is none); text such as NaN is refused.
                double Number(int i, double minimum, double maximum, bool minimumExcluded, bool emptyAllowed)
                {
                    var field = csv.GetField(i) ?? "";
                    if (field.Length == 0 && emptyAllowed)
                        return double.NaN;
                    if (NumberText.TryParseNumber(field, minimum, maximum, minimumExcluded, out var value, out var problem))
                        return value;
                    Problem(line, header[i], problem);
                    return double.NaN;
                }
                var row = new SweepResourcePoint(Name(0), Name(1), Name(2), Number(3, 0, TimeScales.MaxTime, true, false), Name(4),
                    Number(5, 0, double.MaxValue, false, false),
                    Number(6, double.MinValue, double.MaxValue, false, true), Number(7, double.MinValue, double.MaxValue, false, true),
                    Number(8, 0, double.MaxValue, false, true));
                if (problems.Count > before)
                    continue;
                if (row.Utilisation > 1 + SweepResultsFile.UtilisationSlack)
                    Problem(line, "utilisation_mean", $"{row.Utilisation:R} is more than 1 (a busy share of capacity, 0 to 1)");
                else if (double.IsNaN(row.Lower) != double.IsNaN(row.Upper))
                    Problem(line, "utilisation_ci_low", "has one CI bound and not the other (both are numbers, or both empty with one replication)");
                else if (row.Lower > row.Upper)
                    Problem(line, "utilisation_ci_low", $"{row.Lower:R} is above utilisation_ci_high {row.Upper:R}");
                else if (row.Utilisation < row.Lower - 1e-9 || row.Utilisation > row.Upper + 1e-9)
                    Problem(line, "utilisation_mean", $"{row.Utilisation:R} is outside its CI [{row.Lower:R}, {row.Upper:R}]");
                else if (!known.Contains((row.Scenario, row.Sequence, row.Policy, row.Interarrival)))
                    Problem(line, "", $"{row.Scenario}, {row.Sequence}, {row.Policy} at interarrival {row.Interarrival:R} is no grid point of the results file beside it");
                else if (!seen.TryAdd((row.Scenario, row.Sequence, row.Policy, row.Interarrival, row.Resource), line))
                    Problem(line, "resource", $"{row.Resource} at this grid point is given again (first on line {seen[(row.Scenario, row.Sequence, row.Policy, row.Interarrival, row.Resource)]})");
                else
                    rows.Add(row);
            }
        }
        catch (CsvHelperException e)
        {
            Problem(e.Context?.Parser?.RawRow ?? 1, "", "malformed CSV (a quote is not closed, or a field breaks off)");
        }
        if (problems.Count > 0)
            throw new UserErrorException([.. problems.Select(p => p.Format(path))]);
        return rows;
    }
}
