using DevSim.Engine.Simulation;

namespace DevSim.Engine.Experiments;

/// <summary>What a portfolio grid point sets (docs/model.md#portfolio-sweeps): the discipline, the WIP cap and the load factor.</summary>
/// <param name="LoadFactor">Every type's arrival rate times this.</param>
/// <param name="Discipline">The queue discipline.</param>
/// <param name="WipCap">The global WIP cap; null for none (a type's own cap in the portfolio file still applies).</param>
/// <param name="Types">The portfolio's type names, in its order: the merged results' per-type rows.</param>
public sealed record PortfolioSetting(double LoadFactor, QueueDiscipline Discipline, int? WipCap, IReadOnlyList<string> Types)
{
    /// <summary>The cap as written in files and results: a number or "none".</summary>
    public string WipCapText => WipCap is { } cap ? cap.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none";
}
