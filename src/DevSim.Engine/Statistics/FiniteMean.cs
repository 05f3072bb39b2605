namespace DevSim.Engine.Statistics;

/// <summary>The mean of the finite values (a stopped replication may report NaN), or NaN when there are none.</summary>
public static class FiniteMean
{
    /// <summary>The mean of the finite values among <paramref name="values"/>, NaN when there are none.</summary>
    public static double Of(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToList();
        return finite.Count > 0 ? finite.Average() : double.NaN;
    }
}
