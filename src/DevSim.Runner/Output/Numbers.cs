using System.Globalization;

namespace DevSim.Runner.Output;

/// <summary>Culture-invariant number formatting for tables.</summary>
internal static class Numbers
{
    public static string F(double value, int decimals = 3) =>
        double.IsNaN(value) ? "-" : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Ci(Engine.Statistics.Interval ci, int decimals = 3) => $"[{F(ci.Lower, decimals)}, {F(ci.Upper, decimals)}]";

    public static string Ids(IEnumerable<int> ids) => string.Join(", ", ids);
}
