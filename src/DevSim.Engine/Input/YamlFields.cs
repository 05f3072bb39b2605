using System.Globalization;
using DevSim.Engine.Scenarios;
using YamlDotNet.RepresentationModel;

namespace DevSim.Engine.Input;

/// <summary>
/// Reads typed values out of a YAML tree, collecting a problem (with its line) for every value of
/// the wrong shape instead of stopping at the first, and remembering the line of every key read so
/// that later checks can point at the right line too.
/// </summary>
internal abstract class YamlFields
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    /// <summary>Every problem found so far, in reading order.</summary>
    public List<InputProblem> Problems { get; } = [];

    /// <summary>The line of <paramref name="key"/>, else of the nearest enclosing key read ("a, b, c" falls back to "a, b", then "a").</summary>
    public int? LineOf(string key)
    {
        for (var k = key; k.Length > 0; k = k.Contains(", ", StringComparison.Ordinal) ? k[..k.LastIndexOf(", ", StringComparison.Ordinal)] : "")
        {
            if (_lines.TryGetValue(k, out var line))
                return line;
        }
        return null;
    }

    protected YamlNode? Child(YamlMappingNode parent, string name, string key)
    {
        if (!parent.Children.TryGetValue(new YamlScalarNode(name), out var node))
            return null;
        Note(key, node);
        return node;
    }

    protected string? Scalar(YamlMappingNode parent, string name, string key, bool required)
    {
        var node = Child(parent, name, key);
        if (node is null)
        {
            if (required)
                Problem(key, "missing", parent);
            return null;
        }
        if (node is YamlScalarNode scalar)
            return scalar.Value;
        Problem(key, "must be a single value", node);
        return null;
    }

    protected double? Number(YamlMappingNode parent, string name, string key)
    {
        var node = Child(parent, name, key);
        return node is null ? null : ToNumber(node, key);
    }

    protected int? Integer(YamlMappingNode parent, string name, string key)
    {
        var node = Child(parent, name, key);
        if (node is null)
            return null;
        return ToInteger(node, key);
    }

    protected double? ToNumber(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } text })
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case ".nan" or "nan": return double.NaN;
                case ".inf" or "+.inf" or "inf" or "infinity": return double.PositiveInfinity;
                case "-.inf" or "-inf" or "-infinity": return double.NegativeInfinity;
            }
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                return value;
            Problem(key, $"'{text}' is not a number", node);
            return null;
        }
        Problem(key, "must be a number", node);
        return null;
    }

    protected int? ToInteger(YamlNode node, string key)
    {
        if (node is not YamlScalarNode { Value: { } text })
        {
            Problem(key, $"must be a whole number, not a {(node is YamlSequenceNode ? "list" : "mapping")}", node);
            return null;
        }
        if (NumberText.TryParseInt(text, int.MinValue, int.MaxValue, out var value, out var problem))
            return value;
        // The range of an int says nothing about this key (its own rule says more), so an overflow names only the bound it passed.
        Problem(key, problem.StartsWith('\'') ? $"'{text}' is not a whole number"
            : text.TrimStart().StartsWith('-') ? $"{text.Trim()} is too small (at least {int.MinValue.ToString("N0", CultureInfo.InvariantCulture)})" : $"{text.Trim()} is too large (at most {int.MaxValue.ToString("N0", CultureInfo.InvariantCulture)})", node);
        return null;
    }

    /// <summary>Reports every key of <paramref name="node"/> that is not in <paramref name="known"/>: a typo must not pass silently.</summary>
    /// <remarks>Each names the nearest valid key when one is close (<see cref="NearestKey"/>).</remarks>
    protected void UnknownKeys(YamlMappingNode node, string[] known, string prefix)
    {
        foreach (var (key, _) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (known.Contains(name, StringComparer.Ordinal))
                continue;
            var message = NearestKey.For(name, known) is { } nearest
                ? $"unknown key; did you mean '{nearest}'? (expected one of {string.Join(", ", known)})"
                : $"unknown key (expected one of {string.Join(", ", known)})";
            Problem(prefix + name, message, key);
        }
    }

    protected void Note(string key, YamlNode node) => _lines.TryAdd(key, checked((int)node.Start.Line));

    /// <summary>
    /// Adds a problem; past <see cref="InputLimits.MaxProblems"/> one last line says the rest are not listed,
    /// so a file of a million bad values neither fills memory with messages nor the screen with lines.
    /// </summary>
    protected void Problem(string key, string message, YamlNode node) => Problem(key, message, checked((int)node.Start.Line));

    /// <summary>A problem at <paramref name="line"/> of the file (one found by another reader in a part of it).</summary>
    protected void Problem(string key, string message, int line)
    {
        if (Problems.Count > InputLimits.MaxProblems)
            return;
        Problems.Add(Problems.Count < InputLimits.MaxProblems
            ? new InputProblem(key, message, line)
            : new InputProblem("", $"more problems from here on are not listed (the first {InputLimits.MaxProblems} are)", line));
    }
}
