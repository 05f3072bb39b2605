using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DevSim.Runner.Workbench;

/// <summary>
/// Writes a <see cref="ScenarioDraft"/> as a scenario file that <c>devsim evaluate FILE</c> reads unchanged. Names are
/// written double-quoted; a number is written as itself when it is one, and quoted otherwise, so that the reader
/// reports a wrong value at its own key ("'abc' is not a number") instead of the YAML breaking around it.
/// </summary>
internal static partial class ScenarioYaml
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The draft as YAML text.</summary>
    public static string Write(ScenarioDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var y = new StringBuilder();
        y.Append("# Written by the DevSim workbench (devsim serve).\n");
        y.Append("name: ").Append(Quote(draft.Name)).Append('\n');
        y.Append("durations:\n");
        y.Append("  distribution: ").Append(Quote(draft.Distribution)).Append('\n');
        y.Append("  spread: ").Append(Number(draft.Spread)).Append('\n');
        if (draft.Resources.Count > 0)
        {
            y.Append("resources:\n");
            foreach (var r in draft.Resources)
                y.Append("  - { name: ").Append(Quote(r.Name)).Append(", capacity: ").Append(Number(r.Capacity)).Append(" }\n");
        }
        y.Append(draft.Tasks.Count > 0 ? "tasks:\n" : "tasks: []\n");
        foreach (var t in draft.Tasks)
        {
            y.Append("  - { id: ").Append(Number(t.Id)).Append(", name: ").Append(Quote(t.Name)).Append(", duration: ").Append(Number(t.Duration));
            if (t.Resource.Length > 0)
                y.Append(", resource: ").Append(Quote(t.Resource));
            y.Append(" }\n");
        }
        y.Append("rework:\n");
        Matrix(y, "probability", draft.Probability);
        Matrix(y, "impact", draft.Impact);
        if (draft.Sequence.Trim().Length > 0)
            y.Append("sequence: [").AppendJoin(", ", draft.Sequence.Split(',').Select(Number)).Append("]\n");
        if (draft.Precedence.Count > 0)
        {
            y.Append("precedence:\n");
            foreach (var pair in draft.Precedence)
                y.Append("  - [").AppendJoin(", ", pair.Select(Number)).Append("]\n");
        }
        if (draft.Staffing.Count > 0)
        {
            y.Append("staffing:\n");
            foreach (var (resource, person) in draft.Staffing)
                y.Append("  ").Append(Quote(resource)).Append(": ").Append(Quote(person)).Append('\n');
        }
        if (draft.Model.Count > 0)
        {
            y.Append("model:\n");
            foreach (var (key, value) in draft.Model)
                y.Append("  ").Append(Quote(key)).Append(": ").Append(Quote(value)).Append('\n');
        }
        return y.ToString();
    }

    private static void Matrix(StringBuilder y, string key, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (rows.Count == 0)
        {
            y.Append("  ").Append(key).Append(": []\n");
            return;
        }
        y.Append("  ").Append(key).Append(":\n");
        foreach (var row in rows)
            y.Append("    - [").AppendJoin(", ", row.Select(Number)).Append("]\n");
    }

    /// <summary>A double-quoted YAML scalar (JSON's string escapes are YAML's).</summary>
    internal static string Quote(string text) => JsonSerializer.Serialize(text ?? "", Quoting);

    /// <summary>The text itself when it is a plain decimal number, else quoted for the reader to name.</summary>
    internal static string Number(string text)
    {
        var trimmed = (text ?? "").Trim();
        return PlainNumber().IsMatch(trimmed) && double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? trimmed : Quote(trimmed);
    }

    [GeneratedRegex(@"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")]
    private static partial Regex PlainNumber();
}
