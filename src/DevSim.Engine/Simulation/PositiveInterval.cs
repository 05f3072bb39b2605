namespace DevSim.Engine.Simulation;

/// <summary>The one check every interval-based arrival process makes on its interval.</summary>
internal static class PositiveInterval
{
    public static double Check(double days, string parameterName)
    {
        if (!double.IsFinite(days) || days <= 0)
            throw new ArgumentOutOfRangeException(parameterName, days, "the time between arrivals must be a positive, finite number of days");
        return days;
    }
}
