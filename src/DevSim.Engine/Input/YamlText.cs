using DevSim.Engine.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace DevSim.Engine.Input;

/// <summary>Parses YAML (or JSON, read as YAML's flow style) into its root mapping, turning syntax errors into one located problem.</summary>
internal static class YamlText
{
    /// <summary>The root mapping of <paramref name="text"/>, or null with <paramref name="problem"/> saying what is wrong and where.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="expected">What the root mapping should hold, for the message when it is not a mapping.</param>
    /// <param name="problem">The problem, when the result is null.</param>
    public static YamlMappingNode? LoadRoot(string text, string expected, out InputProblem? problem)
    {
        var yaml = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        problem = null;
        try
        {
            yaml.Load(parser);
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            problem = new InputProblem("", $"malformed YAML/JSON: {Tidy(message)}", checked((int)e.Start.Line));
            return null;
        }
        catch (TooManyNodesException e)
        {
            problem = new InputProblem("", InputLimits.TooManyNodes, e.Line);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner reports some truncated input this way, without a position.
            problem = new InputProblem("", "malformed YAML/JSON after this line: a list or mapping is not closed, or the text breaks off", parser.LastLine);
            return null;
        }
        if (yaml.Documents.Count > 1)
        {
            // A second document is most often two files pasted together: reading only the first would drop the rest silently.
            problem = new InputProblem("", $"the file holds {yaml.Documents.Count} YAML documents (a second starts here, after '---'); it must hold one",
                checked((int)yaml.Documents[1].RootNode.Start.Line));
            return null;
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            problem = new InputProblem("", $"the file must hold a mapping with {expected}", 1);
            return null;
        }
        return root;
    }

    private static string Tidy(string message) => message.Replace(Environment.NewLine, " ", StringComparison.Ordinal).Trim();

    /// <summary>
    /// Remembers where the last parsed event ended, for errors that carry no position, and counts the nodes
    /// as they are parsed: the tree is built as the events arrive, so stopping at <see cref="InputLimits.MaxNodes"/>
    /// bounds its memory (16 MiB of "[1, 2], " is 6.7 million nodes).
    /// </summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        private int _nodes;

        public ParsingEvent? Current => inner.Current;

        public int LastLine { get; private set; } = 1;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                LastLine = checked((int)current.End.Line);
                if (current is NodeEvent && ++_nodes > InputLimits.MaxNodes)
                    throw new TooManyNodesException(checked((int)current.Start.Line));
            }
            return moved;
        }
    }

    /// <summary>The parse stopped at <see cref="InputLimits.MaxNodes"/>, at <see cref="Line"/>.</summary>
    private sealed class TooManyNodesException(int line) : Exception(InputLimits.TooManyNodes)
    {
        public int Line { get; } = line;
    }
}
