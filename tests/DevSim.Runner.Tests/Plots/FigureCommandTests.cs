using System.Globalization;
using System.Xml.Linq;

namespace DevSim.Runner.Tests.Plots;

/// <summary>The commands that draw: simulate --plot, merge's figures, devsim plot, and --figures.</summary>
public class FigureCommandTests
{
    private static string TempFolder() => TestFiles.NewPath("devsim-figures-");

    [Fact]
    public void Merge_SmokeExperiment_WritesItsFiguresAndPlotRedrawsThemByteForByte()
    {
        var folder = TempFolder();
        var sweep = CliRun.Of("sweep", Path.Combine(Repository.Root, "experiments", "smoke.yaml"), "--out", folder);
        Assert.True(sweep.ExitCode == 0, sweep.Error);
        var csv = Path.Combine(folder, "results.csv");
        var merge = CliRun.Of("merge", folder, "--out", csv);
        Assert.True(merge.ExitCode == 0, merge.Error);

        string[] figures =
        [
            "results-duration-optical-mouse", "results-waiting-optical-mouse",
            "results-utilisation-optical-mouse-scenario-static", "results-utilisation-optical-mouse-scenario-dynamic",
        ];
        foreach (var name in figures)
        {
            XDocument.Load(Path.Combine(folder, name + ".svg"));
            Assert.True(new FileInfo(Path.Combine(folder, name + ".png")).Length > 1000, name);
        }
        Assert.Equal(8, Directory.GetFiles(folder, "results-*.svg").Length + Directory.GetFiles(folder, "results-*.png").Length);
        var resources = File.ReadAllLines(Path.Combine(folder, "results-utilisation.csv"));
        Assert.Equal(1 + 2 * 3 * 9, resources.Length); // two policies x three interarrival times x nine resources

        var redrawn = Path.Combine(folder, "redrawn");
        var plot = CliRun.Of("plot", Path.Combine(folder, "results.json"), "--out", redrawn);
        Assert.True(plot.ExitCode == 0, plot.Error);
        foreach (var name in figures)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, name + ".svg")), File.ReadAllBytes(Path.Combine(redrawn, name + ".svg")));
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, name + ".png")), File.ReadAllBytes(Path.Combine(redrawn, name + ".png")));
        }
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Simulate_Plot_WritesEachFigureWithItsCsv_AndFiguresPngWritesNoSvg()
    {
        var folder = TempFolder();
        var run = CliRun.Of("simulate", "optical-mouse", "--interarrival", "16", "--projects", "600", "--reps", "3", "--plot", folder, "--figures", "png");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(["duration-histogram.csv", "duration-histogram.png", "queue.png", "resources.csv", "utilisation.png"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(1 + 9, File.ReadAllLines(Path.Combine(folder, "resources.csv")).Length);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Simulate_Timeline_EveryBarHasATooltipSayingWhatItIs()
    {
        var folder = TestFiles.NewFolder("devsim-timeline-").FullName;
        var (svg, trace) = (Path.Combine(folder, "t.svg"), Path.Combine(folder, "t.csv"));
        var run = CliRun.Of("simulate", "optical-mouse", "--interarrival", "16", "--projects", "200", "--reps", "2", "--timeline", svg, "--trace", trace);
        Assert.True(run.ExitCode == 0, run.Error);
        // The trace of the same replication: the executions of the first 30 projects, the first of each (project, task) not rework.
        var seen = new HashSet<(string, string)>();
        var expected = File.ReadAllLines(trace).Skip(1).Select(l => l.Split(',')).Where(f => int.Parse(f[0], CultureInfo.InvariantCulture) < 30)
            .Select(f => $"project {f[0]}, task {f[1]}, " + (seen.Add((f[0], f[1])) ? "first execution" : "rework")).ToList();
        var titles = XDocument.Load(svg).Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value).ToList();
        Assert.Equal(expected.Count, titles.Count);
        for (var i = 0; i < titles.Count; i++)
        {
            Assert.StartsWith(expected[i][..expected[i].IndexOf(", task ", StringComparison.Ordinal)], titles[i], StringComparison.Ordinal);
            Assert.EndsWith(expected[i][(expected[i].LastIndexOf(", ", StringComparison.Ordinal) + 2)..], titles[i], StringComparison.Ordinal);
            Assert.Matches(@"^project \d+, task \d+, \d [^:]+: [\d.]+ to [\d.]+ days, (first execution|rework)$", titles[i]);
        }
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Simulate_PlotAndTimeline_NameResourcesAlike_AndResourcesCsvHasWaitAndLoadCis()
    {
        var folder = TestFiles.NewFolder("devsim-labels-").FullName;
        var run = CliRun.Of("simulate", "optical-mouse", "--interarrival", "16", "--projects", "300", "--reps", "3", "--plot", folder, "--figures", "svg",
            "--timeline", Path.Combine(folder, "t.svg"));
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("resource,capacity,offered_load,offered_load_ci_low,offered_load_ci_high,utilization,utilization_ci_low,utilization_ci_high," +
            "queue,queue_ci_low,queue_ci_high,wait,wait_ci_low,wait_ci_high", File.ReadLines(Path.Combine(folder, "resources.csv")).First());
        static string Texts(string svg) => string.Join(' ', XDocument.Load(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));
        var (timeline, utilisation) = (Texts(Path.Combine(folder, "t.svg")), Texts(Path.Combine(folder, "utilisation.svg")));
        Assert.Contains("1 Connection cable design", timeline, StringComparison.Ordinal);
        // The bar chart wraps long labels over lines; their words and the number come first all the same.
        Assert.Contains("1 Connection", utilisation, StringComparison.Ordinal);
        Assert.Contains("6 Microprocessor", utilisation, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Simulate_FiguresOfAnUnknownFormat_ExitCode2NamingTheOption()
    {
        var run = CliRun.Of("simulate", "optical-mouse", "--interarrival", "16", "--plot", TempFolder(), "--figures", "gif");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--figures", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_NotAMergesJson_ExitCode2NamingTheFile()
    {
        var path = CliRun.TempFile("{\"points\": 3}", ".json");
        var run = CliRun.Of("plot", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
        File.Delete(path);
    }
}
