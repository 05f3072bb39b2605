using System.Text.RegularExpressions;

namespace DevSim.Runner.Tests;

/// <summary>
/// The README and the documents in docs/ link to each other and to files of the repository: every
/// relative link leads to a file that exists and, with an anchor, to a heading that exists in it, and
/// no link leaves the repository through a relative path (a reader of the repository alone could not
/// follow it).
/// </summary>
public partial class DocumentLinkTests
{
    /// <summary>The documents a reader moves between, relative to the root.</summary>
    private static IEnumerable<string> Documents()
    {
        yield return "README.md";
        yield return "BENCHMARKS.md";
        foreach (var file in Directory.EnumerateFiles(Repository.Path("docs"), "*.md"))
            yield return Path.GetRelativePath(Repository.Root, file);
    }

    /// <summary>The anchors of a markdown file's headings, by GitHub's rule (a repeated heading gets -1, -2, ...).</summary>
    internal static HashSet<string> Anchors(IEnumerable<string> lines)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var inCode = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
                inCode = !inCode;
            var heading = inCode ? Match.Empty : HeadingLine().Match(line);
            if (!heading.Success)
                continue;
            var anchor = ModelDocumentTests.Anchor(heading.Groups[1].Value);
            var unique = anchor;
            for (var n = 1; !anchors.Add(unique); n++)
                unique = $"{anchor}-{n}";
        }
        return anchors;
    }

    [Fact]
    public void Anchors_RepeatedHeadings_AreNumbered()
    {
        Assert.Equal(["a-b", "a-b-1", "run"], Anchors(["# A b", "## A b", "```", "# not a heading", "```", "### `run`"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Documents_EveryRelativeLink_LeadsToAFileAndHeadingInTheRepository()
    {
        var broken = new List<string>();
        var links = 0;
        foreach (var document in Documents().Where(d => File.Exists(Repository.Path(d))))
        {
            var lines = File.ReadAllLines(Repository.Path(document));
            var folder = Path.GetDirectoryName(Repository.Path(document))!;
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match link in MarkdownLink().Matches(lines[i]))
                {
                    var target = link.Groups[1].Value;
                    if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                        continue;
                    links++;
                    var hash = target.IndexOf('#', StringComparison.Ordinal);
                    var path = hash < 0 ? target : target[..hash];
                    var anchor = hash < 0 ? null : target[(hash + 1)..];
                    var file = path.Length == 0 ? Repository.Path(document) : Path.GetFullPath(Path.Combine(folder, path));
                    var where = $"{document}:{i + 1}: ({target})";
                    if (!file.StartsWith(Repository.Root, StringComparison.Ordinal))
                        broken.Add($"{where} leaves the repository");
                    else if (!File.Exists(file) && !Directory.Exists(file))
                        broken.Add($"{where} names no file");
                    else if (anchor is not null && file.EndsWith(".md", StringComparison.Ordinal) && !Anchors(File.ReadLines(file)).Contains(anchor))
                        broken.Add($"{where} names no heading of {Path.GetRelativePath(Repository.Root, file)}");
                }
            }
        }
        Assert.True(links > 20, $"only {links} relative links found");
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join('\n', broken));
    }

    [GeneratedRegex(@"^#{1,6}\s+(.+?)\s*#*$")]
    private static partial Regex HeadingLine();

    /// <summary>A markdown link's target: [text](target), the target without spaces.</summary>
    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
