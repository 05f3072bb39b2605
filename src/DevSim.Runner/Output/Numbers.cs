using System.Globalization;

namespace DevSim.Runner.Output;

/// <summary>Culture-invariant number formatting for tables.</summary>
internal static class Numbers
{
    public static string F(double value, int decimals = 3) =>
        double.IsNaN(value) ? "-" : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Ci(Engine.Statistics.Interval ci, int decimals = 3) => $"[{F(ci.Lower, decimals)}, {F(ci.Upper, decimals)}]";

    public static string Ids(IEnumerable<int> ids) => string.Join(", ", ids);

    /// <summary>A time span for people: "42 s", "3 min 07 s", "2 h 05 min".</summary>
    public static string Duration(TimeSpan span) => span.TotalSeconds switch
    {
        < 60 => $"{span.TotalSeconds:F0} s",
        < 3600 => $"{(int)span.TotalMinutes} min {span.Seconds:D2} s",
        _ => $"{(int)span.TotalHours} h {span.Minutes:D2} min",
    };
}
