using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DevSim.Engine.Experiments;
using DevSim.Runner.Sweep;

namespace DevSim.Runner.Output;

/// <summary>How devsim writes JSON: camelCase keys, indented, numbers that are not finite as null (<see cref="FiniteOrNullConverter"/>), enums as camelCase names, text unescaped where JSON allows.</summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Output goes to files and pipes, never into HTML: keep apostrophes and non-ASCII names readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new FiniteOrNullConverter(), new CellRecord.Converter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitScenarioPortfolio } },
    };

    /// <summary>The same, on one line: for the many small files a sweep writes.</summary>
    public static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static string SerializeCompact<T>(T value) => JsonSerializer.Serialize(value, Compact);

    public static T? Deserialize<T>(string text) => JsonSerializer.Deserialize<T>(text, Options);

    /// <summary>
    /// A scenario sweep's plan points and cells have no portfolio: they leave the key out, so their files stay byte for
    /// byte what they were before portfolio sweeps existed (docs/model.md#portfolio-sweeps).
    /// </summary>
    private static void OmitScenarioPortfolio(JsonTypeInfo info)
    {
        if (info.Type != typeof(PlanPoint) && info.Type != typeof(CellRecord))
            return;
        foreach (var property in info.Properties.Where(p => p.Name == "portfolio"))
            property.ShouldSerialize = (_, value) => value is not null;
    }

    /// <summary>
    /// What is wrong with a JSON file, in words: "not JSON at line 3" rather than the parser's
    /// "'g' is an invalid start of a value. Path: $ | LineNumber: 2 | BytePositionInLine: 0."
    /// </summary>
    public static string Problem(Exception e) => e is JsonException { LineNumber: { } line }
        ? $"not valid JSON at line {line + 1}, or not the expected fields there"
        : e.Message;
}
