using System.Text.RegularExpressions;

namespace DevSim.Runner.Tests;

/// <summary>
/// docs/model.md is the one document code, README and reports cite for the model: every anchor they
/// cite exists, and nothing cites the specification kept outside the repository.
/// </summary>
public partial class ModelDocumentTests
{
    private static readonly string[] Folders = ["src", "tests", "experiments", "docs"];

    /// <summary>The repository's text files that may cite docs/model.md (build output left out), relative to the root.</summary>
    private static IEnumerable<string> CitingFiles()
    {
        yield return "README.md";
        foreach (var folder in Folders)
        {
            foreach (var file in Directory.EnumerateFiles(Repository.Path(folder), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(Repository.Root, file);
                var parts = relative.Split(Path.DirectorySeparatorChar);
                if (parts.Contains("bin") || parts.Contains("obj"))
                    continue;
                if (Path.GetExtension(file) is ".cs" or ".md" or ".yaml" or ".yml" or ".sh" or ".sbatch")
                    yield return relative;
            }
        }
    }

    /// <summary>GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens.</summary>
    internal static string Anchor(string heading) =>
        NotAnchorCharacter().Replace(heading.Trim().ToLowerInvariant(), "").Replace(' ', '-');

    private static HashSet<string> Anchors() =>
        [.. File.ReadAllLines(Repository.Path("docs", "model.md")).Select(l => HeadingLine().Match(l)).Where(m => m.Success).Select(m => Anchor(m.Groups[1].Value))];

    /// <summary>Anchors cited on one line: after "docs/model.md#", and, on a line that cites the document, each further "#anchor" in the list.</summary>
    internal static IEnumerable<string> CitedAnchors(string line, bool inModelDocument)
    {
        if (!inModelDocument && !line.Contains("docs/model.md", StringComparison.Ordinal))
            return [];
        var direct = DocumentAnchor().Matches(line).Select(m => m.Groups[1].Value);
        var listed = ListedAnchor().Matches(line).Select(m => m.Groups[1].Value);
        return direct.Concat(listed).Distinct();
    }

    [Fact]
    public void Anchor_Headings_FollowGitHubsRule()
    {
        Assert.Equal("the-papers-two-task-example", Anchor("The paper's two-task example"));
        Assert.Equal("decision-rows-1-and-2", Anchor("Decision: rows 1 and 2"));
        Assert.Equal("tasks-resources-and-durations", Anchor("Tasks, resources and durations"));
    }

    [Fact]
    public void CitedAnchors_ALineCitingSeveral_FindsEach()
    {
        Assert.Equal(["arrivals", "measures", "sequencing-policies"],
            CitedAnchors("/// Simulates (docs/model.md#arrivals, #sequencing-policies and #measures).", inModelDocument: false).Order(StringComparer.Ordinal));
        Assert.Empty(CitedAnchors("#region Helpers", inModelDocument: false));
    }

    [Fact]
    public void ModelDocument_EveryCitedAnchor_IsAHeading()
    {
        var anchors = Anchors();
        Assert.True(anchors.Count > 20, $"docs/model.md has only {anchors.Count} headings");
        var missing = new List<string>();
        var citations = 0;
        foreach (var file in CitingFiles())
        {
            var inModelDocument = file == Path.Combine("docs", "model.md");
            var lines = File.ReadAllLines(Repository.Path(file));
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var anchor in CitedAnchors(lines[i], inModelDocument))
                {
                    citations++;
                    if (!anchors.Contains(anchor))
                        missing.Add($"{file}:{i + 1}: #{anchor}");
                }
            }
        }
        Assert.True(citations > 30, $"only {citations} citations of docs/model.md found");
        Assert.True(missing.Count == 0, "anchors cited but not in docs/model.md:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Repository_CitesNoSpecificationOutsideIt()
    {
        // The specification lives outside the repository; a reader of this one cannot follow a citation of it.
        var outside = "MODEL" + ".md";
        var self = Path.Combine("tests", "DevSim.Runner.Tests", nameof(ModelDocumentTests) + ".cs");
        var citing = CitingFiles()
            .Where(f => f != self && f != Path.Combine("docs", "model.md"))
            .SelectMany(f => File.ReadAllLines(Repository.Path(f)).Select((line, i) => (f, i, line)))
            .Where(x => x.line.Contains(outside, StringComparison.Ordinal))
            .Select(x => $"{x.f}:{x.i + 1}")
            .ToList();
        Assert.True(citing.Count == 0, $"cite docs/model.md instead of {outside}:\n" + string.Join('\n', citing));
    }

    [Fact]
    public void Repository_CitesOnlyReadmeSectionsThatExist()
    {
        // "README, \"X\"" or "README (X)": since the README became a first page (issue 26) most of its sections moved to
        // docs/cli.md, and a citation of a section that is gone leaves the reader nowhere.
        var headings = File.ReadAllLines(Repository.Path("README.md")).Select(l => HeadingLine().Match(l)).Where(m => m.Success)
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var self = Path.Combine("tests", "DevSim.Runner.Tests", nameof(ModelDocumentTests) + ".cs");
        var gone = CitingFiles()
            .Where(f => f != self)
            .SelectMany(f => File.ReadAllLines(Repository.Path(f)).Select((line, i) => (f, i, line)))
            .SelectMany(x => ReadmeSection().Matches(x.line).Select(m => (x.f, x.i, Section: m.Groups[1].Value)))
            .Where(x => !headings.Contains(x.Section))
            .Select(x => $"{x.f}:{x.i + 1}: README section '{x.Section}'")
            .ToList();
        Assert.True(gone.Count == 0, "cite a heading that exists, in docs/cli.md or docs/model.md:\n" + string.Join('\n', gone));
    }

    [Theory]
    [InlineData("Measurements: README, \"The rework-aware policy\".", "The rework-aware policy")]
    [InlineData("each default is justified in the README (Statistics).", "Statistics")]
    [InlineData("pooled over replications; README, Statistics).", "Statistics")]
    public void ReadmeSection_FindsTheCitedSection(string line, string section) =>
        Assert.Equal(section, ReadmeSection().Match(line).Groups[1].Value);

    [GeneratedRegex(@"README(?:,| \()\s*(?:\\?"")?([A-Z][\w' -]*[\w'])")]
    private static partial Regex ReadmeSection();

    [GeneratedRegex(@"[^\p{L}\p{N}\- _]")]
    private static partial Regex NotAnchorCharacter();

    [GeneratedRegex(@"^#{1,6}\s+(.+?)\s*#*$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"docs/model\.md#([a-z0-9\-_]+)")]
    private static partial Regex DocumentAnchor();

    [GeneratedRegex(@"(?<=[\s(,])#([a-z0-9][a-z0-9\-_]*)\b(?![\w(])")]
    private static partial Regex ListedAnchor();
}
