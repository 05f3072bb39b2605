using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using DevSim.Runner.Replay;

namespace DevSim.Runner.Tests;

/// <summary>
/// The replay's report, headlines and findings write none of the paper's numbers themselves and pick
/// no resource by position: every published value comes from <see cref="PaperResults"/>, and the
/// paper's "resource 2" and "resource 6" are found by their tasks' names. Checked on the source, since
/// a number typed into the report's text would print the same as one taken from PaperResults.
/// </summary>
public partial class ReplayReportSourceTests
{
    private static IEnumerable<string> SourceFiles()
    {
        var folder = Repository.Path("src", "DevSim.Runner", "Replay");
        return Directory.GetFiles(folder, "ReplayReport*.cs").Append(Path.Combine(folder, "ReplayHeadlines.cs")).Append(Path.Combine(folder, "ReplayFindings.cs"));
    }

    /// <summary>
    /// Every way a published number of <see cref="PaperResults"/> could be typed: as printed
    /// ("59.074", "6.6"), with a thousands separator ("20,000", "20_000"), a large value by its whole
    /// part ("108") and, for a share, as the percentage the paper prints ("37.1" for 0.371). Sequences and resource labels are left out: their
    /// small integers (2, 6, 9) are also decimals, indices and figure numbers.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> PaperNumberForms()
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in typeof(PaperResults).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.FieldType != typeof(double) && field.FieldType != typeof(int))
                continue;
            var value = Convert.ToDouble(field.GetValue(null), CultureInfo.InvariantCulture);
            forms.TryAdd(value.ToString("R", CultureInfo.InvariantCulture), field.Name);
            if (value >= 1000)
            {
                forms.TryAdd(value.ToString("N0", CultureInfo.InvariantCulture), field.Name);
                forms.TryAdd(value.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '_'), field.Name);
            }
            if (value >= 100 && value != Math.Floor(value))
                forms.TryAdd(Math.Floor(value).ToString(CultureInfo.InvariantCulture), field.Name); // "near 108"
            if (value is > 0 and < 1)
                forms.TryAdd((value * 100).ToString("0.0##", CultureInfo.InvariantCulture), field.Name);
        }
        return forms;
    }

    /// <summary>The number literals of C# source, in code and in string text alike; comment lines are left out.</summary>
    internal static IEnumerable<string> NumberLiterals(string source) =>
        source.Split('\n')
            .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .SelectMany(line => NumberLiteral().Matches(line).Select(m => m.Value));

    [Fact]
    public void PaperNumberForms_CoverThePapersValuesAsPrinted()
    {
        var forms = PaperNumberForms();
        foreach (var printed in new[] { "59.074", "4.478", "108.099", "13.205", "37.1", "44.5", "50.4", "16", "6.6", "36", "13", "54", "20,000", "108" })
            Assert.True(forms.ContainsKey(printed), $"{printed} is not among PaperResults' values");
    }

    [Fact]
    public void NumberLiterals_NumbersInTextAndCode_AreFoundAndCommentsIgnored()
    {
        var source = "Line(\"at interarrival 13 the paper reports 37.1% of 20,000\");\n    var share = 36 / work;\n    // 59.074 in a comment\n";
        Assert.Equal(["13", "37.1", "20,000", "36"], NumberLiterals(source));
        var forms = PaperNumberForms();
        Assert.All(NumberLiterals(source), n => Assert.True(forms.ContainsKey(n), n));
    }

    [Fact]
    public void ReplayReportSources_HoldNoNumberOfThePaper()
    {
        var forms = PaperNumberForms();
        var files = SourceFiles().ToList();
        Assert.True(files.Count >= 4, $"only {files.Count} source files found");
        var found = files.SelectMany(f => NumberLiterals(File.ReadAllText(f))
                .Where(forms.ContainsKey)
                .Select(n => $"{Path.GetFileName(f)}: {n} (PaperResults.{forms[n]})"))
            .ToList();
        Assert.True(found.Count == 0, "take these from PaperResults:\n" + string.Join('\n', found));
    }

    [Fact]
    public void ReplayReportSources_PickNoResourceByPosition()
    {
        var found = SourceFiles()
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, i, line)))
            .Where(x => ByPosition().IsMatch(x.line))
            .Select(x => $"{Path.GetFileName(x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(found.Count == 0, "find resources by name (PaperResource):\n" + string.Join('\n', found));
    }

    [Fact]
    public void PaperResources_AreFoundByTaskName_InTheMouseScenario()
    {
        Assert.Equal("Top case design", PaperResults.QueueResource.MouseResourceName());
        Assert.Equal("Microprocessor design", PaperResults.RelievingResource.MouseResourceName());
        var mouse = ReplayFindings.MouseScenario;
        Assert.Equal(PaperResults.QueueResource.Label, mouse.Tasks.Single(t => t.Name == PaperResults.QueueResource.Task).Id);
        Assert.Equal(PaperResults.RelievingResource.Label, mouse.Tasks.Single(t => t.Name == PaperResults.RelievingResource.Task).Id);
    }

    [GeneratedRegex(@"(?<![\w.])(?:\d{1,3}(?:[,_]\d{3})+|\d+)(?:\.\d+)?(?![\w]|\.\d)")]
    private static partial Regex NumberLiteral();

    [GeneratedRegex(@"\b(?:Resources|Demands)\s*\[\s*\d|""[^""]*\bresource \d")]
    private static partial Regex ByPosition();
}
