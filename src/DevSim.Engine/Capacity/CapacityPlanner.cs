using DevSim.Engine.Input;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Capacity;

/// <summary>
/// Where to add K servers: greedily, one per step, each step trying one more server at every resource on common random
/// numbers and keeping the one that gains most (docs/model.md#greedy-capacity-addition).
/// </summary>
/// <remarks>
/// A changed system is a <see cref="ILoadedSystem.WithCapacity"/> copy run with the same seed, so replication k of every
/// candidate sees the same projects, arrivals and draws as replication k of the system before the step: the gains are
/// paired, and a resource that never queues gains exactly 0. Greedy is not optimal in general (two servers may be worth
/// more together than apart); it is what a planner hiring one person at a time does, and each step is reported with
/// the candidates it could not tell apart.
/// </remarks>
public static class CapacityPlanner
{
    /// <summary>Builds the plan for <paramref name="policy"/>.</summary>
    /// <param name="system">The system as it is.</param>
    /// <param name="policy">The sequencing policy.</param>
    /// <param name="options">Steps, objective, load and the simulations.</param>
    /// <param name="progress">Told after each simulation or search, from the calling thread.</param>
    /// <param name="cancellation">Stops the plan between replications (a host whose user left).</param>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    /// <exception cref="ReworkDivergenceException">Rework never dies out.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static CapacityPlan Plan(ILoadedSystem system, SequencingPolicy policy, AdditionOptions options, IProgress<CapacityProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(options);
        OptionChecks.ThrowIfAny(options.Validate(), nameof(options));
        if (options.Objective == AdditionObjective.OnTime && system is not PortfolioSystem { Target.OnTime: not null })
            throw new ArgumentException("the on-time objective needs a portfolio judged by an on-time target", nameof(system));
        var steps = new List<AdditionStep>();
        var evaluations = 0;
        var search = options.Search with { Policies = [policy] };
        object Evaluate(ILoadedSystem candidate)
        {
            object outcome = options.Objective != AdditionObjective.Rate
                ? candidate.Run(options.Rate!.Value, policy, options.Search.Simulation, options.Search.Measure, cancellation)
                : CapacitySearch.Find(candidate, search, null, cancellation).Rates[0];
            progress?.Report(new CapacityProgress($"{policy.Name()}: adding server {steps.Count + 1} of {options.Steps}", policy, ++evaluations,
                outcome as SystemRun));
            return outcome;
        }

        var current = Evaluate(system);
        // The on-time objective answers "how many servers until every type is on time often enough": no further once it is.
        bool Met(object run) => options.Objective == AdditionObjective.OnTime && ((SystemRun)run).Meets(options.Search.Target);
        int? metAfter = Met(current) ? 0 : null;
        for (var step = 1; step <= options.Steps && metAfter is null; step++)
        {
            var outcomes = new List<object>();
            var gains = new List<ResourceGain>();
            for (var r = 0; r < system.Resources.Count; r++)
            {
                var capacity = system.Resources[r].Capacity + 1;
                var outcome = Evaluate(system.WithCapacity(r, capacity));
                outcomes.Add(outcome);
                gains.Add(Gain(r, system.Resources[r].Name, capacity, current, outcome, options.Objective));
            }
            var best = 0;
            for (var r = 1; r < gains.Count; r++)
            {
                if (gains[r].Mean > gains[best].Mean)
                    best = r;
            }
            var tied = gains.Where(g => g.Resource != best && Tied(outcomes[best], outcomes[g.Resource], options.Objective))
                .Select(g => g.Name).ToList();
            steps.Add(new AdditionStep(step, gains[best], gains, tied, current is SystemRun { Overloaded: true }));
            system = system.WithCapacity(best, gains[best].Capacity);
            current = outcomes[best];
            if (Met(current))
                metAfter = step;
        }
        return new CapacityPlan(policy, options.Objective, steps, system.Resources)
        {
            TargetMetAfter = metAfter,
            LeastOnTime = options.Objective == AdditionObjective.OnTime ? SampleSummary.From(((SystemRun)current).LeastOnTime!.Where(double.IsFinite)) : null,
        };
    }

    /// <summary>What the candidate gains over the system before the step.</summary>
    private static ResourceGain Gain(int resource, string name, int capacity, object before, object after, AdditionObjective objective)
    {
        if (before is SystemRun baseline && after is SystemRun changed)
        {
            var paired = objective == AdditionObjective.OnTime
                ? SharesGained(baseline, changed)
                : SampleSummary.From(baseline.Values.Zip(changed.Values, (b, c) => b - c));
            return new ResourceGain(resource, name, capacity, paired.Mean, paired.Ci95, changed.Overloaded)
            {
                Rework = changed.Rework is { } rework ? SampleSummary.From(rework) : null,
                ReworkChange = baseline.Rework is { } earlier && changed.Rework is { } later ? SampleSummary.From(later.Zip(earlier, (l, e) => l - e)) : null,
            };
        }
        var (from, to) = ((SustainableRate)before, (SustainableRate)after);
        return new ResourceGain(resource, name, capacity, to.Estimate - from.Estimate,
            new Interval(to.LowerRate - from.UpperRate, to.UpperRate - from.LowerRate), Overloaded: false);
    }

    /// <summary>
    /// How much the least on-time share rose from <paramref name="before"/> to <paramref name="after"/>, paired by replication
    /// (replications where either has no share left out).
    /// </summary>
    private static SampleSummary SharesGained(SystemRun before, SystemRun after) =>
        SampleSummary.From(after.LeastOnTime!.Zip(before.LeastOnTime!, (a, b) => a - b).Where(double.IsFinite));

    /// <summary>Whether two candidates' gains cannot be told apart: the paired difference's CI holds 0, or the brackets overlap.</summary>
    private static bool Tied(object best, object other, AdditionObjective objective)
    {
        if (objective == AdditionObjective.OnTime)
            return SharesGained((SystemRun)other, (SystemRun)best).Ci95.Contains(0);
        if (objective == AdditionObjective.Duration)
        {
            var (a, b) = ((SystemRun)best, (SystemRun)other);
            return SampleSummary.From(a.Values.Zip(b.Values, (x, y) => x - y)).Ci95.Contains(0);
        }
        var (p, q) = ((SustainableRate)best, (SustainableRate)other);
        return p.LowerRate <= q.UpperRate && q.LowerRate <= p.UpperRate;
    }
}
