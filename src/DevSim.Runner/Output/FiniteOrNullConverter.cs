using System.Text.Json;
using System.Text.Json.Serialization;

namespace DevSim.Runner.Output;

/// <summary>
/// Writes a number that is not finite (NaN, infinity: "no value here", such as the wait at a resource
/// nobody queued for) as JSON null, which every JSON reader understands, instead of the non-standard
/// "NaN" string; reads null, and the named literals of files written before, back as NaN or infinity;
/// any other string is refused as not a number.
/// </summary>
internal sealed class FiniteOrNullConverter : JsonConverter<double>
{
    public override bool HandleNull => true;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => double.NaN,
        JsonTokenType.String => reader.GetString() switch
        {
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            "NaN" => double.NaN,
            // Any other text is damage (a hand edit, a broken copy), not "no value": it once read as NaN, silently.
            var other => throw new JsonException($"'{other}' is not a number"),
        },
        _ => reader.GetDouble(),
    };

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (double.IsFinite(value))
            writer.WriteNumberValue(value);
        else
            writer.WriteNullValue();
    }
}
