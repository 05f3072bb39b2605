using System.Text.Json;
using System.Text.Json.Serialization;
using DevSim.Engine.Experiments;
using DevSim.Engine.Simulation;
using DevSim.Engine.Statistics;

namespace DevSim.Runner.Sweep;

/// <summary>
/// A cell's measures as its file spells them: the flat keys cell files have had since sweeps began
/// (<c>durationMean</c>, <c>waitingMean</c>, ...), so that files written before results were named measure families
/// (docs/architecture.md#results-as-measure-families) still read, and new ones are byte for byte what they were.
/// A new measure family adds one key here and one line to each of <see cref="From"/> and <see cref="ToCell"/>.
/// </summary>
internal sealed record CellRecord(int Cell, int Point, int Replication, long ProjectsCounted,
    double DurationMean, double DurationSd, double DurationP50, double DurationP90, double DurationP99,
    double WaitingMean, double ReworkMean, double InSystemMean, long Events, string? Overloaded,
    IReadOnlyList<CellResource> Resources)
{
    public CellDiagnostics? Diagnostics { get; init; }

    public SketchBuckets? DurationSketch { get; init; }

    public CellPortfolio? Portfolio { get; init; }

    public static CellRecord From(CellResult c) => new(c.Cell, c.Point, c.Replication, c.ProjectsCounted,
        c.Duration.Mean, c.Duration.Sd, c.Duration.P50, c.Duration.P90, c.Duration.P99,
        c.Waiting, c.Rework, c.InSystem, c.Events, c.Overloaded, c.Resources)
    { Diagnostics = c.Diagnostics, DurationSketch = c.DurationSketch, Portfolio = c.Portfolio };

    public CellResult ToCell() => new()
    {
        Cell = Cell,
        Point = Point,
        Replication = Replication,
        ProjectsCounted = ProjectsCounted,
        Duration = new DurationStatistics { Mean = DurationMean, Sd = DurationSd, P50 = DurationP50, P90 = DurationP90, P99 = DurationP99 },
        Waiting = WaitingMean,
        Rework = ReworkMean,
        InSystem = InSystemMean,
        Events = Events,
        Overloaded = Overloaded,
        Resources = Resources,
        Diagnostics = Diagnostics,
        DurationSketch = DurationSketch,
        Portfolio = Portfolio,
    };

    /// <summary>Writes and reads a <see cref="CellResult"/> through its file record.</summary>
    public sealed class Converter : JsonConverter<CellResult>
    {
        public override CellResult? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize<CellRecord>(ref reader, options)?.ToCell();

        public override void Write(Utf8JsonWriter writer, CellResult value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, From(value), options);
    }
}
