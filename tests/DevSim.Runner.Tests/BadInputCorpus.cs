namespace DevSim.Runner.Tests;

/// <summary>One case of <c>BadInput/corpus.txt</c>: a command line, the expected fragment of its error, an optional file, and optional files beside it.</summary>
public sealed record BadInputCase(string Name, string Args, string Expect, string? File)
{
    /// <summary>Files written beside <see cref="File"/> (a results file's utilisation CSV), by name.</summary>
    public IReadOnlyList<(string Name, string Content)> Beside { get; init; } = [];

    public override string ToString() => Name;

    /// <summary>Reads the corpus (its format is described at the top of the file).</summary>
    public static IReadOnlyList<BadInputCase> Load(string path)
    {
        var cases = new List<BadInputCase>();
        string? name = null, args = null, expect = null;
        List<string>? file = null;
        var beside = new List<(string Name, List<string> Lines)>();
        static string Text(List<string> lines) => string.Join('\n', lines).Trim() + "\n";
        void Flush()
        {
            if (name is null)
                return;
            if (args is null || expect is null)
                throw new InvalidDataException($"{path}: case '{name}' needs args: and expect:");
            cases.Add(new BadInputCase(name, args, expect, file is null ? null : Text(file)) { Beside = [.. beside.Select(b => (b.Name, Text(b.Lines)))] });
        }
        foreach (var line in System.IO.File.ReadAllLines(path))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Flush();
                (name, args, expect, file) = (line[4..].Trim(), null, null, null);
                beside = [];
            }
            else if (file is not null && line.StartsWith("+++ ", StringComparison.Ordinal))
                beside.Add((line[4..].Trim(), []));
            else if (beside.Count > 0)
                beside[^1].Lines.Add(line);
            else if (file is not null)
                file.Add(line);
            else if (line.StartsWith("args: ", StringComparison.Ordinal))
                args = line[6..].Trim();
            else if (line.StartsWith("expect: ", StringComparison.Ordinal))
                expect = line[8..].Trim();
            else if (line.StartsWith("---", StringComparison.Ordinal))
                file = [];
            else if (line.Length > 0 && !line.StartsWith('#'))
                throw new InvalidDataException($"{path}: case '{name}': cannot read '{line}'");
        }
        Flush();
        return cases;
    }
}
