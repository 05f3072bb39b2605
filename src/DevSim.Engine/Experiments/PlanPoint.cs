using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Experiments;

/// <summary>
/// One grid point of an experiment: a scenario run with one sequence and policy at one mean interarrival time, or a
/// portfolio run with one discipline, WIP cap and load factor (<see cref="Portfolio"/>; docs/model.md#portfolio-sweeps).
/// </summary>
/// <param name="Index">Its position in the plan (scenario, then sequence, then policy, then interarrival).</param>
/// <param name="Scenario">The scenario's name, or the portfolio's.</param>
/// <param name="SequenceLabel">The sequence's label: scenario, optimal, worst, or an explicit list's name.</param>
/// <param name="Sequence">The task ids in order.</param>
/// <param name="Policy">Static or dynamic sequencing; for a portfolio, static when every type is static (the verdict's load estimate pools projects then), else dynamic.</param>
/// <param name="Interarrival">Mean days between arrivals (for a portfolio, of any type); null for isolated projects.</param>
public sealed record PlanPoint(int Index, string Scenario, string SequenceLabel, IReadOnlyList<int> Sequence,
    SequencingPolicy Policy, double? Interarrival)
{
    /// <summary>
    /// The point's identity whatever its position in a grid: a short hash of its scenario, sequence (label and ids),
    /// policy and interarrival (a portfolio's: its name, discipline, WIP cap and load factor). With the replication it names a cell, so a grown experiment finds the cells it shares.
    /// </summary>
    public string Key()
    {
        if (Portfolio is { } p)
            return Hash(string.Join('|', "portfolio", Scenario, p.Discipline.Name(), p.WipCapText, p.LoadFactor.ToString("R", CultureInfo.InvariantCulture)));
        var text = string.Join('|', Scenario, SequenceLabel, string.Join(',', Sequence), Policy,
            Interarrival is { } ia ? ia.ToString("R", CultureInfo.InvariantCulture) : "isolated");
        return Hash(text);
    }

    /// <summary>For a portfolio's point: its discipline, WIP cap and load factor; null for a scenario's.</summary>
    public PortfolioSetting? Portfolio { get; init; }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
