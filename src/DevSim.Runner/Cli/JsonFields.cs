using System.Globalization;
using System.Text.Json;
using DevSim.Engine.Input;

namespace DevSim.Runner.Cli;

/// <summary>
/// Reads typed values out of a JSON document devsim wrote and now reads back, collecting a problem for every
/// missing or unknown key and every value of the wrong type or outside its range, each named by its JSON
/// path (<c>$.points[2].duration.ci95</c>): the JSON counterpart of the engine's YAML fields, which name lines.
/// A value is a number (or null where devsim writes "no value"); the text "NaN" or "Infinity" is refused.
/// </summary>
internal sealed class JsonFields
{
    /// <summary>Every problem found so far, in reading order (at most <see cref="InputLimits.MaxProblems"/> and a line saying so).</summary>
    public List<InputProblem> Problems { get; } = [];

    /// <summary>Adds a problem at <paramref name="path"/>.</summary>
    public void Problem(string path, string message)
    {
        if (Problems.Count > InputLimits.MaxProblems)
            return;
        Problems.Add(Problems.Count < InputLimits.MaxProblems
            ? new InputProblem(path, message)
            : new InputProblem("", $"more problems after {path} are not listed (the first {InputLimits.MaxProblems} are)"));
    }

    /// <summary>Whether <paramref name="e"/> is an object whose keys are all in <paramref name="known"/> (each unknown one is a problem, with the nearest known key).</summary>
    public bool Object(JsonElement e, string path, IReadOnlyList<string> known)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            Problem(path, $"must be an object with {string.Join(", ", known)}, not {Kind(e)}");
            return false;
        }
        foreach (var property in e.EnumerateObject())
        {
            if (known.Contains(property.Name, StringComparer.Ordinal))
                continue;
            Problem(Child(path, property.Name), NearestKey.For(property.Name, known) is { } nearest
                ? $"unknown key; did you mean '{nearest}'? (expected one of {string.Join(", ", known)})"
                : $"unknown key (expected one of {string.Join(", ", known)})");
        }
        return true;
    }

    /// <summary>The value of key <paramref name="name"/> of <paramref name="e"/> (an object), or null; a missing required key is a problem.</summary>
    public JsonElement? Property(JsonElement e, string path, string name, bool required = true)
    {
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value))
            return value;
        if (required)
            Problem(Child(path, name), "missing");
        return null;
    }

    /// <summary>The elements of an array, or none (a problem) when <paramref name="e"/> is not one.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement e, string path, string shape)
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            Problem(path, $"must be a list of {shape}, not {Kind(e)}");
            return [];
        }
        return e.EnumerateArray().Select((item, i) => (item, $"{path}[{i}]"));
    }

    /// <summary>A number from <paramref name="minimum"/> (excluded when <paramref name="minimumExcluded"/>) to <paramref name="maximum"/>; NaN for null when <paramref name="nullable"/> (devsim writes "no value" as null); null after a problem.</summary>
    public double? Number(JsonElement e, string path, double minimum, double maximum, bool nullable, bool minimumExcluded = false)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Null when nullable:
                return double.NaN;
            case JsonValueKind.Number when e.TryGetDouble(out var value) && double.IsFinite(value):
                if (value >= minimum && value <= maximum && !(minimumExcluded && value == minimum))
                    return value;
                Problem(path, $"{value.ToString("R", CultureInfo.InvariantCulture)} is out of range ({NumberText.NumberRange(minimum, maximum, minimumExcluded)})");
                return null;
            case JsonValueKind.Number:
                Problem(path, $"{e.GetRawText()} is not a finite number");
                return null;
            case JsonValueKind.String:
                Problem(path, $"'{e.GetString()}' is text, not a number{(nullable ? " (null where there is no value)" : "")}");
                return null;
            default:
                Problem(path, $"must be a number{(nullable ? " or null" : "")}, not {Kind(e)}");
                return null;
        }
    }

    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>, or null after a problem.</summary>
    public long? Whole(JsonElement e, string path, long minimum, long maximum)
    {
        if (e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out var value))
        {
            if (value >= minimum && value <= maximum)
                return value;
            Problem(path, $"{value.ToString(CultureInfo.InvariantCulture)} is out of range ({NumberText.WholeRange(minimum, maximum)})");
            return null;
        }
        Problem(path, e.ValueKind == JsonValueKind.Number
            ? $"{e.GetRawText()} is not a whole number ({NumberText.WholeRange(minimum, maximum)})"
            : $"must be a whole number, not {Kind(e)}");
        return null;
    }

    /// <summary>Text (one of <paramref name="oneOf"/> when given; not empty), or null after a problem.</summary>
    public string? Text(JsonElement e, string path, IReadOnlyList<string>? oneOf = null)
    {
        if (e.ValueKind != JsonValueKind.String)
        {
            Problem(path, $"must be text, not {Kind(e)}");
            return null;
        }
        var text = e.GetString()!;
        if (oneOf is not null && !oneOf.Contains(text, StringComparer.Ordinal))
        {
            Problem(path, $"'{text}' is not one of {string.Join(", ", oneOf)}");
            return null;
        }
        if (text.Length == 0)
        {
            Problem(path, "is empty");
            return null;
        }
        return text;
    }

    /// <summary>Text, or null for JSON null; null after a problem too.</summary>
    public string? OptionalText(JsonElement e, string path) => e.ValueKind == JsonValueKind.Null ? null : Text(e, path);

    /// <summary>A boolean, or null after a problem.</summary>
    public bool? Boolean(JsonElement e, string path)
    {
        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False)
            return e.GetBoolean();
        Problem(path, $"must be true or false, not {Kind(e)}");
        return null;
    }

    /// <summary>The path of key <paramref name="name"/> under <paramref name="path"/>.</summary>
    public static string Child(string path, string name) => $"{path}.{name}";

    /// <summary>A JSON value's kind as people say it, with short values shown.</summary>
    public static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => $"a list of {e.GetArrayLength()}",
        JsonValueKind.String => $"the text '{Shorten(e.GetString()!)}'",
        JsonValueKind.Number => $"the number {Shorten(e.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
