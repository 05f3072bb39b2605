using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DevSim.Engine.Simulation;

namespace DevSim.Engine.Experiments;

/// <summary>One grid point of an experiment: a scenario run with one sequence and policy at one mean interarrival time.</summary>
/// <param name="Index">Its position in the plan (scenario, then sequence, then policy, then interarrival).</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="SequenceLabel">The sequence's label: scenario, optimal, worst, or an explicit list's name.</param>
/// <param name="Sequence">The task ids in order.</param>
/// <param name="Policy">Static or dynamic sequencing.</param>
/// <param name="Interarrival">Mean days between arrivals; null for isolated projects.</param>
public sealed record PlanPoint(int Index, string Scenario, string SequenceLabel, IReadOnlyList<int> Sequence,
    SequencingPolicy Policy, double? Interarrival)
{
    /// <summary>
    /// The point's identity whatever its position in a grid: a short hash of its scenario, sequence (label and ids),
    /// policy and interarrival. With the replication it names a cell, so a grown experiment finds the cells it shares.
    /// </summary>
    public string Key()
    {
        var text = string.Join('|', Scenario, SequenceLabel, string.Join(',', Sequence), Policy,
            Interarrival is { } ia ? ia.ToString("R", CultureInfo.InvariantCulture) : "isolated");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
