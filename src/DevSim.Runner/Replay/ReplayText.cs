using System.Globalization;
using DevSim.Engine.Statistics;

namespace DevSim.Runner.Replay;

/// <summary>Number and list formatting shared by the replay's report and console summary.</summary>
internal static class ReplayText
{
    public static string F(double value, int decimals = 2) =>
        double.IsNaN(value) ? "n/a" : value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Pct(double share) => double.IsNaN(share) ? "n/a" : (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Ci(Interval ci, int decimals = 2) => $"[{F(ci.Lower, decimals)}, {F(ci.Upper, decimals)}]";

    public static string MeanCi(SampleSummary s, int decimals = 2) => $"{F(s.Mean, decimals)} {Ci(s.Ci95, decimals)}";

    public static string Ids(IEnumerable<int> ids) => string.Join(", ", ids);

    /// <summary>Grid values as runs: "13 to 15, 18 and 20"; "none" when empty.</summary>
    public static string Runs(IReadOnlyList<double> values, IReadOnlyList<double> grid)
    {
        if (values.Count == 0)
            return "none";
        var index = grid.Select((g, i) => (g, i)).Where(x => values.Contains(x.g)).Select(x => x.i).ToList();
        var parts = new List<string>();
        for (var i = 0; i < index.Count;)
        {
            var j = i;
            while (j + 1 < index.Count && index[j + 1] == index[j] + 1)
                j++;
            var from = grid[index[i]].ToString(CultureInfo.InvariantCulture);
            var to = grid[index[j]].ToString(CultureInfo.InvariantCulture);
            parts.Add(j == i ? from : j == i + 1 ? $"{from}, {to}" : $"{from} to {to}");
            i = j + 1;
        }
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1];
    }

    public static string N(double value) => value.ToString(CultureInfo.InvariantCulture);
}
