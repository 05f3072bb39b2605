namespace DevSim.Engine.Statistics;

/// <summary>The mean of the finite values (a stopped replication may report NaN), or NaN when there are none.</summary>
internal static class FiniteMean
{
    public static double Of(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToList();
        return finite.Count > 0 ? finite.Average() : double.NaN;
    }
}
