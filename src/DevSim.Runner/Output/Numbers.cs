using System.Globalization;
using DevSim.Engine.Scenarios;

namespace DevSim.Runner.Output;

/// <summary>Culture-invariant number formatting for tables.</summary>
internal static class Numbers
{
    /// <summary>What a table shows for a number that was not computed (a footnote says why); never a bare "-".</summary>
    public const string NotComputed = "not computed";

    /// <summary>
    /// <paramref name="value"/> with <paramref name="decimals"/> decimals; a negative number that rounds to zero shows as
    /// zero; from 1e15 on (reached only through an extreme option, such as --load-factor 1e308) as 1e+308 rather than three
    /// hundred digits that no table can hold.
    /// </summary>
    public static string F(double value, int decimals = 3)
    {
        if (double.IsNaN(value))
            return NotComputed;
        if (Math.Abs(value) >= 1e15)
            return TimeScales.G(value);
        var text = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        // A small negative number rounds to "-0.0": beside a quantity that cannot be negative (a CI's lower end of a
        // tardiness or a wait) it reads as a bug, and at the precision shown the sign says nothing.
        return text[0] == '-' && text.AsSpan(1).IndexOfAnyExcept("0.") < 0 ? text[1..] : text;
    }

    public static string Ci(Engine.Statistics.Interval ci, int decimals = 3) => Ci(ci.Lower, ci.Upper, decimals);

    /// <summary>"[lower, upper]", or <see cref="NotComputed"/> when either end is missing.</summary>
    public static string Ci(double lower, double upper, int decimals = 3) =>
        double.IsNaN(lower) || double.IsNaN(upper) ? NotComputed : $"[{F(lower, decimals)}, {F(upper, decimals)}]";

    /// <summary>Whether any of <paramref name="values"/> was not computed, for a table's footnote.</summary>
    public static bool AnyMissing(params double[] values) => values.Any(double.IsNaN);

    public static string Ids(IEnumerable<int> ids) => string.Join(", ", ids);

    /// <summary>A time span for people: "42 s", "3 min 07 s", "2 h 05 min".</summary>
    public static string Duration(TimeSpan span) => span.TotalSeconds switch
    {
        < 60 => $"{span.TotalSeconds:F0} s",
        < 3600 => $"{(int)span.TotalMinutes} min {span.Seconds:D2} s",
        _ => $"{(int)span.TotalHours} h {span.Minutes:D2} min",
    };
}
