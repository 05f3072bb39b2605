using DevSim.Engine.Portfolios;
using DevSim.Engine.Simulation;

namespace DevSim.Runner.Workbench;

/// <summary>
/// A run's per-replication means, kept on the server beside its report (which carries only their summaries) so that
/// two runs can be compared replication by replication (<see cref="PairedComparison"/>).
/// </summary>
/// <param name="Seed">The master seed.</param>
/// <param name="Layout">
/// Which random streams replication r draws from, in words: every multi-project run with one seed gives replication r
/// the same streams for its projects and tasks (docs/model.md#stream-keys), but a portfolio's type k has streams of its own,
/// so two portfolios pair only when their types come in the same order, and a portfolio never pairs with a scenario.
/// </param>
/// <param name="Measures">Each measure's name and its mean in every replication, in replication order.</param>
internal sealed record ReplicationSample(ulong Seed, string Layout, IReadOnlyList<(string Name, double[] Values)> Measures)
{
    /// <summary>Replications in the run.</summary>
    public int Replications => Measures.Count == 0 ? 0 : Measures[0].Values.Length;

    /// <summary>The sample of an engine result a command handed over (<c>simulate</c>'s or <c>portfolio</c>'s), or null for another.</summary>
    public static ReplicationSample? Of(object result) => result switch
    {
        SimulationResult s => new ReplicationSample(s.Options.Seed, "a scenario's projects (simulate)",
        [
            ("mean duration", [.. s.Replications.Select(r => r.Duration.Mean)]),
            ("mean waiting", [.. s.Replications.Select(r => r.Waiting)]),
            ("mean rework", [.. s.Replications.Select(r => r.Rework)]),
            ("projects in system", [.. s.Replications.Select(r => r.InSystem)]),
        ]),
        PortfolioResult p => new ReplicationSample(p.All.Options.Seed, $"portfolio types in the order {string.Join(", ", p.Portfolio.Types.Select(t => t.Name))}",
        [
            ("mean duration, overall", Overall(p, m => m.Duration)),
            ("mean waiting, overall", Overall(p, m => m.Waiting)),
            ("mean backlog wait, overall", Overall(p, m => m.BacklogWait)),
            .. p.Portfolio.Types.Select((t, k) => ($"mean duration, {t.Name}", (double[])[.. p.All.Replications.Select(r => r.Portfolio!.Types[k].Duration)])),
        ]),
        _ => null,
    };

    private static double[] Overall(PortfolioResult p, Func<ProjectMeasures, double> measure) => [.. p.All.Replications.Select(r => measure(r.Portfolio!.Overall))];
}
