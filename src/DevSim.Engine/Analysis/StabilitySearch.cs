using DevSim.Engine.Scenarios;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Analysis;

/// <summary>
/// Finds the smallest mean interarrival time that keeps a policy's system stable by bisection over full simulations,
/// each judged overloaded or not; the answer is the last bracket [overloaded, stable].
/// </summary>
/// <remarks>
/// Every simulation uses the same seed, so the runs at different interarrival times share their random numbers
/// (Poisson arrivals are the same draws scaled): the verdict moves with the arrival rate, not with luck, and the
/// bracket is reproducible (docs/model.md#stability-limits-of-dynamic-policies). A simulation counts as overloaded
/// when its verdict is <see cref="Verdict.Overloaded"/> (a resource's offered-load CI lies above 1, or a replication
/// passed the projects-in-system limit); stable and unsettled runs both count as keeping up, and the verdict at the
/// bracket's upper end is reported, since runs close to the limit are often too slow to settle.
/// </remarks>
public static class StabilitySearch
{
    /// <summary>Most times the upper end is widened when it turns out overloaded.</summary>
    private const int MaxWidenings = 20;

    /// <summary>Brackets the limit of <paramref name="policy"/>: overloaded at the lower end, not overloaded (stable or unsettled) at the upper end.</summary>
    /// <param name="scenario">The process.</param>
    /// <param name="policy">The sequencing policy.</param>
    /// <param name="template">Projects, warm-up, replications, overload threshold, seed and threads of every simulation; its sequence is used.</param>
    /// <param name="floor">An interarrival time known to overload every policy (no simulation is run there); positive.</param>
    /// <param name="start">The first upper end tried (widened by a quarter until stable); above <paramref name="floor"/>.</param>
    /// <param name="tolerance">Stop when the bracket is narrower than this share of its upper end; in (0, 1), never finer than <see cref="BoundedBisection.ToleranceFloor"/>.</param>
    /// <param name="floorResource">The resource that <paramref name="floor"/> saturates, named when the bracket's lower end stays there.</param>
    /// <param name="progress">Told of each simulation before it runs, or null.</param>
    /// <param name="cancellation">Stops the search (a host whose user left).</param>
    /// <exception cref="ArgumentException">An argument is out of range.</exception>
    /// <exception cref="StabilityNotFoundException">Every simulation, up to 1.25^20 times <paramref name="start"/>, was overloaded.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static StabilityLimit Bracket(Scenario scenario, SequencingPolicy policy, SimulationOptions template,
        double floor, double start, double tolerance, string floorResource, IProgress<LimitSearchStep>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(template);
        if (!(floor > 0) || !double.IsFinite(floor))
            throw new ArgumentOutOfRangeException(nameof(floor), floor, "expected a positive interarrival time");
        if (!(start > floor) || !double.IsFinite(start))
            throw new ArgumentOutOfRangeException(nameof(start), start, $"expected an interarrival time above the floor {floor}");
        if (!(tolerance is > 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "expected a share in (0, 1)");

        var simulator = new MultiProjectSimulator(scenario);
        var simulations = 0;
        var lower = floor;
        var resource = floorResource;
        var upper = start;
        var (overloadedAt, stableAt) = (floor, double.PositiveInfinity);
        var upperVerdict = Verdict.Stable;
        var allStopped = false;
        // The saturated resource's name when the run at this interarrival is overloaded, else null (and the verdict kept).
        string? Overloaded(double interarrival)
        {
            simulations++;
            progress?.Report(new LimitSearchStep(policy, simulations, interarrival, overloadedAt, stableAt));
            var result = simulator.Run(template with { Policy = policy, Arrivals = new PoissonArrivals(interarrival), Observer = null }, null, cancellation);
            var verdict = result.SteadyState?.Verdict ?? (result.IsUnstable ? Verdict.Overloaded : Verdict.Stable);
            allStopped = result.Replications.All(r => r.StoppedEarly);
            if (verdict != Verdict.Overloaded)
            {
                upperVerdict = verdict;
                stableAt = Math.Min(stableAt, interarrival);
                return null;
            }
            overloadedAt = Math.Max(overloadedAt, interarrival);
            return result.Unstable ?? result.SteadyState?.Loads.MaxBy(l => l.Load).Name ?? floorResource;
        }

        for (var widening = 0; Overloaded(upper) is { } saturated; widening++)
        {
            if (widening == MaxWidenings)
                throw new StabilityNotFoundException(policy, upper, allStopped, template.MaxProjectsInSystem);
            (lower, resource, upper) = (upper, saturated, upper * 1.25);
        }
        var verdictAtUpper = upperVerdict;
        (lower, upper, _) = BoundedBisection.Narrow(lower, upper, tolerance, middle =>
        {
            if (Overloaded(middle) is { } saturated)
            {
                resource = saturated;
                return true;
            }
            verdictAtUpper = upperVerdict;
            return false;
        });
        return new StabilityLimit(policy, lower, upper, Exact: false, resource, simulations) { UpperVerdict = verdictAtUpper };
    }
}
