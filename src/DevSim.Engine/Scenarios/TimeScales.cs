using System.Globalization;

namespace DevSim.Engine.Scenarios;

/// <summary>
/// The range of times whose arithmetic keeps its meaning in a <see cref="double"/> clock, checked before
/// a run so that results that would be NaN, infinite or rounded away are refused rather than reported.
/// </summary>
/// <remarks>
/// A double carries 53 bits, about 16 significant digits: at clock time T the smallest step is
/// T x 2.2e-16. A task of mean duration d, run when the clock reads T, is resolved to a relative
/// error of (T / d) x 2.2e-16, so the ratio of the largest time scale (the clock's horizon: projects x
/// mean interarrival time; or the longest task) to the smallest (the shortest mean task duration) is
/// held to at most <see cref="MaxRatio"/>: then every duration keeps at least five significant digits,
/// finer than any confidence interval DevSim reports. At interarrival 1e15 days and 1,000 projects the
/// ratio for the optical mouse is about 1e18: every task rounds away to nothing, and the run is refused.
/// Times themselves are held to at most <see cref="MaxTime"/> days, so that sums and squares over
/// every project of a run stay finite (1e308 days overflows the first sum of squares).
/// </remarks>
public static class TimeScales
{
    /// <summary>The longest mean task duration or interarrival time, in days: 1e12.</summary>
    public const double MaxTime = 1e12;

    /// <summary>The largest ratio of the longest time scale to the shortest mean task duration: 1e10.</summary>
    public const double MaxRatio = 1e10;

    /// <summary>Null when a scenario's durations are in range, else the problem (the ratio of its longest to its shortest task).</summary>
    public static string? DurationProblem(double shortest, double longest) =>
        longest / shortest > MaxRatio
            ? $"the longest mean duration ({G(longest)}) is more than {G(MaxRatio)} times the shortest ({G(shortest)}): " +
              "in a double clock the shortest would lose its precision"
            : null;

    /// <summary>
    /// Null when <paramref name="projects"/> arriving every <paramref name="interarrival"/> days on average
    /// keep the clock within <see cref="MaxRatio"/> of the scenario's shortest mean task; else the problem.
    /// </summary>
    public static string? HorizonProblem(Scenario scenario, double interarrival, long projects)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return HorizonProblem(scenario.Tasks.Min(t => t.Duration), interarrival, projects);
    }

    /// <summary>
    /// Null when <paramref name="projects"/> arriving every <paramref name="interarrival"/> days on average
    /// keep the clock within <see cref="MaxRatio"/> of <paramref name="shortest"/>, the shortest mean task duration; else the problem.
    /// </summary>
    public static string? HorizonProblem(double shortest, double interarrival, long projects)
    {
        if (!double.IsFinite(interarrival) || interarrival > MaxTime)
            return $"{G(interarrival)} days is more than the longest time DevSim takes ({G(MaxTime)} days)";
        var horizon = interarrival * projects;
        return horizon / shortest > MaxRatio
            ? $"{projects.ToString("N0", CultureInfo.InvariantCulture)} projects every {G(interarrival)} days reach a clock of {G(horizon)} days, " +
              $"more than {G(MaxRatio)} times the shortest mean task duration ({G(shortest)} days): the tasks' durations would round away"
            : null;
    }

    /// <summary>A time as people write it: 1e+15 rather than 1E+15.</summary>
    public static string G(double v) => v.ToString("G4", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);
}
