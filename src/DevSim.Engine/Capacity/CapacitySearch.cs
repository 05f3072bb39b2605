using DevSim.Engine.Input;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Capacity;

/// <summary>
/// The highest arrival rate at which a system's duration measure stays within a target, per policy: bisection over
/// simulations on common random numbers, starting from the stability limit (docs/model.md#capacity-search).
/// </summary>
/// <remarks>
/// Every simulation uses one seed, so runs at different rates see the same projects and the same Poisson draws,
/// scaled: the measure moves with the rate, not with luck, and the bracket is reproducible. Each simulation is judged
/// by its mean: it meets the target when it is not overloaded and its measure's mean is at most the target. The search
/// starts with the bracket (0, the stability limit's overloaded rate), halves the rate until a run meets the target
/// (at most <see cref="MaxHalvings"/> times), then bisects. It stops at the first of: the bracket narrower than the
/// tolerance; the measure's CI at both ends holding the target (more replications, not more bisection, would be needed);
/// the evaluation budget. A target the project alone already misses is unreachable, found without any simulation.
/// </remarks>
public static class CapacitySearch
{
    /// <summary>Most halvings of the rate before a target is called unreachable (the rate is then a millionth of the limit).</summary>
    public const int MaxHalvings = 20;

    /// <summary>Runs the search for every policy of <paramref name="options"/>.</summary>
    /// <param name="system">The system.</param>
    /// <param name="options">The target, measure, policies and simulation settings.</param>
    /// <param name="progress">Told after each simulation, from the calling thread.</param>
    /// <param name="cancellation">Stops the search between replications (a host whose user left).</param>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    /// <exception cref="ReworkDivergenceException">Rework never dies out.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static CapacityResult Find(ILoadedSystem system, CapacityOptions options, IProgress<CapacityProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(options);
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        var policies = options.Policies.Distinct().ToList();
        progress?.Report(new CapacityProgress("stability limits (as devsim analyze)", policies[0], 0, null));
        var limits = system.Limits(policies, options.Simulation, options.Tolerance, options.Measure, cancellation);
        var rates = policies.Select((policy, k) => Search(system, options, policy, limits.Limits[k], limits, progress, cancellation)).ToList();
        return new CapacityResult(options.Target, options.Measure, limits.Alone, rates) { Types = limits.Types };
    }

    private static SustainableRate Search(ILoadedSystem system, CapacityOptions options, SequencingPolicy policy,
        Analysis.StabilityLimit limit, SystemLimits limits, IProgress<CapacityProgress>? progress, CancellationToken cancellation)
    {
        var target = options.Target;
        // The limit's overloaded end: for static the exact limit, where the load is 1 and no mean exists.
        var upper = 1 / limit.Lower;
        var lower = 0.0;
        SystemRun? atLower = null, atUpper = null;
        var points = new List<SystemRun>();
        SustainableRate Result(CapacityStop stop) => new(policy, lower, upper, atLower, atUpper, stop, limit, points);
        if (limits.Reachable == false || (limits.Reachable is null && !(limits.Alone < target)))
            return Result(CapacityStop.Unreachable);

        SystemRun Evaluate(double rate, string stage)
        {
            var run = system.Run(rate, policy, options.Simulation, options.Measure, cancellation);
            points.Add(run);
            progress?.Report(new CapacityProgress($"{policy.Name()}: {stage}", policy, points.Count, run));
            return run;
        }

        for (var halving = 1; atLower is null; halving++)
        {
            if (points.Count >= options.MaxEvaluations)
                return Result(CapacityStop.StepLimit);
            if (halving > MaxHalvings)
                return Result(CapacityStop.Unreachable);
            var run = Evaluate(upper / 2, "halving the rate until the target is met");
            if (run.Meets(target))
                (lower, atLower) = (run.Rate, run);
            else
                (upper, atUpper) = (run.Rate, run);
        }
        while (true)
        {
            if (upper - lower <= options.Tolerance * upper)
                return Result(CapacityStop.Tolerance);
            if (atLower.Straddles(target) && atUpper is not null && atUpper.Straddles(target))
                return Result(CapacityStop.Replications);
            if (points.Count >= options.MaxEvaluations)
                return Result(CapacityStop.StepLimit);
            var run = Evaluate((lower + upper) / 2, "bisection");
            if (run.Meets(target))
                (lower, atLower) = (run.Rate, run);
            else
                (upper, atUpper) = (run.Rate, run);
        }
    }
}
