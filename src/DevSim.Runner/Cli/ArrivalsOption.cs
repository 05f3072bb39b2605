using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
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
        return new TraceArrivals(ReadTrace(kind));
    }

    /// <summary>Reads a CSV whose first column holds arrival times (a header line is allowed).</summary>
    public static List<double> ReadTrace(string path)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
            throw new UserErrorException($"--arrivals: '{path}' is neither poisson, fixed nor an existing CSV file of arrival times");
        var text = InputFiles.Read(path, "arrivals");
        var times = new List<double>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, TrimOptions = TrimOptions.Trim };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, config);
        var row = 0;
        while (csv.Read())
        {
            row++;
            var field = csv.GetField(0) ?? "";
            if (double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var t))
            {
                if (!double.IsFinite(t) || t < 0)
                    throw new UserErrorException($"{path}, row {row}: {field} is not a time of 0 or more");
                if (times.Count > 0 && t < times[^1])
                    throw new UserErrorException($"{path}, row {row}: {field} comes before the previous arrival {times[^1].ToString(CultureInfo.InvariantCulture)} (times must not decrease)");
                times.Add(t);
            }
            else if (row > 1 || field.Length == 0)
            {
                throw new UserErrorException($"{path}, row {row}: '{field}' is not an arrival time");
            }
        }
        if (times.Count < 2)
            throw new UserErrorException($"{path}: an arrival trace needs at least two times, found {times.Count}");
        return times;
    }
}
