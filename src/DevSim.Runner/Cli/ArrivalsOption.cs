using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DevSim.Engine.Input;
using DevSim.Engine.Simulation;

namespace DevSim.Runner.Cli;

/// <summary>Turns --arrivals (poisson, fixed, or a CSV file of arrival times) and --interarrival into an arrival process.</summary>
internal static class ArrivalsOption
{
    public static IArrivalProcess Create(string kind, double? interarrival)
    {
        if (kind is "poisson" or "fixed")
        {
            if (interarrival is not { } mean)
                throw new UserErrorException($"--interarrival: required with --arrivals {kind} (the mean time between project arrivals, in days)");
            if (!double.IsFinite(mean) || mean <= 0)
                throw new UserErrorException($"--interarrival: {mean.ToString(CultureInfo.InvariantCulture)} must be a positive number of days");
            return kind == "poisson" ? new PoissonArrivals(mean) : new FixedArrivals(mean);
        }
        if (!File.Exists(kind) && !Directory.Exists(kind))
            throw new UserErrorException($"--arrivals: '{kind}' is neither poisson, fixed nor an existing CSV file of arrival times");
        var trace = new TraceArrivals(ReadTrace(kind));
        // A trace carries its own times: a mean given beside it would be ignored without a word.
        if (interarrival is { } ignored)
            throw new UserErrorException($"--interarrival: {ignored.ToString(CultureInfo.InvariantCulture)} is not used with an arrivals file ({kind}), whose times are the arrivals; leave it out");
        return trace;
    }

    /// <summary>
    /// Reads a CSV whose first column holds arrival times (a header line is allowed). Its messages name the file, not
    /// where it was named (--arrivals, a portfolio's trace key), which the caller puts in front.
    /// </summary>
    public static List<double> ReadTrace(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new UserErrorException($"'{path}' does not exist (a CSV file of arrival times was expected there)");
        var text = InputFiles.Read(path, "CSV");
        var times = new List<double>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, TrimOptions = TrimOptions.Trim };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        var row = 0;
        while (csv.Read())
        {
            row++;
            var field = csv.GetField(0) ?? "";
            if (NumberText.TryParseNumber(field, 0, double.MaxValue, minimumExcluded: false, out var t, out var problem))
            {
                if (times.Count > 0 && t < times[^1])
                    throw new UserErrorException($"{path}, row {row}: {field} comes before the previous arrival {times[^1].ToString(CultureInfo.InvariantCulture)} (times must not decrease)");
                times.Add(t);
            }
            else if (row > 1 || field.Length == 0 || double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                // Only a first row that is no number at all is a header: "-3" or "NaN" on row 1 is a bad time.
                throw new UserErrorException($"{path}, row {row}: {problem.Replace("is not a number", "is not an arrival time", StringComparison.Ordinal)}");
            }
        }
        if (times.Count < 2)
            throw new UserErrorException($"{path}: an arrival trace needs at least two times, found {times.Count}");
        return times;
    }
}
