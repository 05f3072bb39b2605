using DevSim.Engine.Input;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Engine.Portfolios;

/// <summary>
/// Simulates a portfolio (docs/model.md#project-types): its types' projects arrive, each type on its
/// own stream, pass the WIP cap's backlog and queue at the pool's resources under the discipline,
/// over independent replications in parallel; measures per type and overall with 95% CIs.
/// </summary>
public static class PortfolioSimulator
{
    /// <summary>Runs the portfolio with <paramref name="options"/>' run settings (projects of all types together, warm-up, replications, seed, threads, in-system bound, verdict; its policy, sequence and arrivals are not read).</summary>
    /// <exception cref="ArgumentException">The portfolio or an option is invalid; the message names the problems.</exception>
    /// <exception cref="ReworkDivergenceException">A project's rework never dies out.</exception>
    public static PortfolioResult Run(Portfolio portfolio, SimulationOptions options) => Run(portfolio, options, null, CancellationToken.None);

    /// <summary>
    /// Runs the portfolio as <see cref="Run(Portfolio, SimulationOptions)"/> does, telling <paramref name="progress"/> the
    /// share of replications finished (0 to 1, from any thread) and stopping between replications when
    /// <paramref name="cancellation"/> is cancelled (it then throws <see cref="OperationCanceledException"/>). The numbers are the same.
    /// </summary>
    /// <exception cref="ArgumentException">The portfolio or an option is invalid; the message names the problems.</exception>
    /// <exception cref="ReworkDivergenceException">A project's rework never dies out.</exception>
    public static PortfolioResult Run(Portfolio portfolio, SimulationOptions options, IProgress<double>? progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(options);
        Check(options);
        var plan = portfolio.Compile(options);
        var finished = 0;
        var results = ChunkedReplications.OneByOne(options.Replications, options.MaxDegreeOfParallelism, cancellation).Run(
            () => QueueDisciplineRegistry.CreateRun(plan, default(NoRunObserver)), (replication, run) =>
            {
                var result = run.Run(plan, replication.Index, replication.Index == 0 ? options.Observer : null);
                progress?.Report((double)Interlocked.Increment(ref finished) / options.Replications);
                return result;
            });
        var first = portfolio.Types[0];
        var sequence = first.Sequence ?? first.Scenario.DefaultSequence;
        var all = MultiProjectSimulator.Summarise(options with { Policy = JudgedPolicy(portfolio), Arrivals = JudgedArrivals(portfolio), Sequence = first.Sequence },
            sequence, results, portfolio.Pool.Resources);
        var measures = results.Select(r => r.Portfolio!).ToList();
        var resources = portfolio.Pool.Resources.Count;
        return new PortfolioResult
        {
            Portfolio = portfolio,
            All = all,
            Overall = PortfolioResult.Summarise("overall", measures.Select(m => m.Overall)),
            Types = [.. portfolio.Types.Select((t, i) => PortfolioResult.Summarise(t.Name, measures.Select(m => m.Types[i])))],
            LoadByType = [.. Enumerable.Range(0, resources).Select(r => (IReadOnlyList<double>)[..
                Enumerable.Range(0, portfolio.Types.Count).Select(t => FiniteMean.Of(measures.Select(m => m.LoadByType[r][t])))])],
        };
    }

    /// <summary>
    /// Runs replication <paramref name="replication"/> alone, on the calling thread: the numbers <see cref="Run(Portfolio, SimulationOptions)"/> gives for
    /// that replication with the same options (<see cref="ReplicationResult.Portfolio"/> per type), so a portfolio sweep's
    /// cells agree with <c>devsim portfolio</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The portfolio or an option is invalid; the message names the problems.</exception>
    /// <exception cref="ReworkDivergenceException">A project's rework never dies out.</exception>
    public static ReplicationResult RunReplication(Portfolio portfolio, SimulationOptions options, int replication)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(replication);
        Check(options);
        var plan = portfolio.Compile(options);
        return QueueDisciplineRegistry.CreateRun(plan, default(NoRunObserver)).Run(plan, replication, options.Observer);
    }

    /// <summary>The policy the verdict reads (<see cref="Portfolio.PooledPolicy"/>); one type keeps its own, as <c>simulate</c> reports it.</summary>
    private static SequencingPolicy JudgedPolicy(Portfolio portfolio) =>
        portfolio.Types.Count == 1 ? portfolio.Types[0].Policy : portfolio.PooledPolicy;

    /// <summary>
    /// The arrivals the verdict's load estimate reads: every type's together (the sum of their rates), as a portfolio
    /// sweep's points do; one type, or a type with a finite list of arrivals, keeps the first type's own.
    /// </summary>
    private static IArrivalProcess JudgedArrivals(Portfolio portfolio) =>
        portfolio.Types.Count == 1 || portfolio.Types.Any(t => t.Arrivals.MaxProjects is not null)
            ? portfolio.Types[0].Arrivals
            : new PoissonArrivals(1 / portfolio.ArrivalRate);

    /// <summary>The options' problems, except a trace limit on their projects: their arrivals are not the portfolio's (its types carry their own).</summary>
    private static void Check(SimulationOptions options) =>
        OptionChecks.ThrowIfAny(options.Validate().Where(p => p.Key != nameof(SimulationOptions.Projects) || options.Projects < 1).ToList(), nameof(options));
}
