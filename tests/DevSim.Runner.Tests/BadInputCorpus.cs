namespace DevSim.Runner.Tests;

/// <summary>One case of <c>BadInput/corpus.txt</c>: a command line, the expected fragment of its error, and an optional file.</summary>
public sealed record BadInputCase(string Name, string Args, string Expect, string? File)
{
    public override string ToString() => Name;

    /// <summary>Reads the corpus (its format is described at the top of the file).</summary>
    public static IReadOnlyList<BadInputCase> Load(string path)
    {
        var cases = new List<BadInputCase>();
        string? name = null, args = null, expect = null;
        List<string>? file = null;
        void Flush()
        {
            if (name is null)
                return;
            if (args is null || expect is null)
                throw new InvalidDataException($"{path}: case '{name}' needs args: and expect:");
            cases.Add(new BadInputCase(name, args, expect, file is null ? null : string.Join('\n', file).Trim() + "\n"));
        }
        foreach (var line in System.IO.File.ReadAllLines(path))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Flush();
                (name, args, expect, file) = (line[4..].Trim(), null, null, null);
            }
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
