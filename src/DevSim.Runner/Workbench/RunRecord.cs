using System.Text.Json;

namespace DevSim.Runner.Workbench;

/// <summary>A finished run the workbench keeps for the session: what was run, its JSON report and the files it left.</summary>
/// <param name="Id">An unguessable id (the files' address).</param>
/// <param name="Kind">The kind's name (evaluate, simulate).</param>
/// <param name="Scenario">The file name of the scenario or portfolio run.</param>
/// <param name="Arguments">The command line the run is the same as (the scenario given as its file name).</param>
/// <param name="Report">The command's JSON report.</param>
/// <param name="Files">The file names that can be downloaded.</param>
/// <param name="Warnings">What the command wrote on standard error.</param>
internal sealed record RunRecord(string Id, string Kind, string Scenario, IReadOnlyList<string> Arguments, JsonElement Report,
    IReadOnlyList<string> Files, IReadOnlyList<string> Warnings)
{
    /// <summary>The folder holding <see cref="Files"/> (never shown to the browser).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Folder { get; init; } = "";

    /// <summary>The per-replication means behind the report (simulate and portfolio runs), for paired comparisons; never sent.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ReplicationSample? Sample { get; init; }
}
