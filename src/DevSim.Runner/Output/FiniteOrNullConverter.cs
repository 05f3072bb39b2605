using System.Text.Json;
using System.Text.Json.Serialization;

namespace DevSim.Runner.Output;

/// <summary>
/// Writes a number that is not finite (NaN, infinity: "no value here", such as the wait at a resource
/// nobody queued for) as JSON null, which every JSON reader understands, instead of the non-standard
/// "NaN" string; reads null, and the named literals of files written before, back as NaN or infinity.
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
            _ => double.NaN,
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
