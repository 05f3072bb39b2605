using System.Globalization;
using System.Xml.Linq;

namespace DevSim.Runner.Tests.Plots;

/// <summary><c>devsim portfolio --plot DIR</c> and <c>--timeline FILE</c>: the figures with their data, the same bytes on any number of threads, outputs that are not regular files refused.</summary>
public class PortfolioFigureTests
{
    private const string TwoLines = """
        name: two-lines
        discipline: priority
        wip-cap: 6
        types:
          - name: Mouse
            scenario: optical-mouse
            policy: dynamic
            arrivals: { interarrival: 25 }
            priority: 2
            due-allowance: 120
          - name: Device
            scenario: DEVICE
            arrivals: { interarrival: 40 }
            priority: 1
        """;

    /// <summary>The portfolio in a file of its own folder (deleted with it).</summary>
    private static string Portfolio()
    {
        var folder = TestFiles.NewFolder("devsim-pf-file-").FullName;
        var file = Path.Combine(folder, "two-lines.yaml");
        File.WriteAllText(file, TwoLines.Replace("DEVICE", Path.Combine(Repository.Root, "experiments", "scenarios", "device-constrained.yaml"), StringComparison.Ordinal));
        return file;
    }

    private static CliRun Run(string file, string folder, string threads) =>
        CliRun.Of("portfolio", file, "--projects", "800", "--reps", "3", "--threads", threads, "--plot", folder, "--timeline", Path.Combine(folder, "timeline.svg"));

    [Fact]
    public void Plot_WritesEachFigureWithItsData_TheSameBytesOnOneOrTwoThreads()
    {
        var file = Portfolio();
        var one = TestFiles.NewPath("devsim-pf-");
        var two = TestFiles.NewPath("devsim-pf-");
        try
        {
            var a = Run(file, one, "1");
            var b = Run(file, two, "2");
            Assert.True(a.ExitCode == 0, a.Error);
            Assert.True(b.ExitCode == 0, b.Error);
            string[] expected =
            [
                "duration-by-type.png", "duration-by-type.svg", "load-by-type.csv", "load-by-type.png", "load-by-type.svg", "on-time-by-type.png",
                "on-time-by-type.svg", "resources.csv", "timeline.png", "timeline.svg", "types.csv",
            ];
            Assert.Equal(expected, Directory.GetFiles(one).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            foreach (var name in expected)
                Assert.True(File.ReadAllBytes(Path.Combine(one, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(two, name))), $"{name} differs between 1 and 2 threads");

            // Two types and the overall row; 13 pool resources, each with a row per type whose loads add up to the resource's.
            Assert.Equal(["Mouse", "Device", "overall"], File.ReadAllLines(Path.Combine(one, "types.csv")).Skip(1).Select(l => l.Split(',')[0]));
            var resources = File.ReadAllLines(Path.Combine(one, "resources.csv")).Skip(1).Select(l => l.Split(',')).ToList();
            Assert.Equal(13, resources.Count);
            var byType = File.ReadAllLines(Path.Combine(one, "load-by-type.csv")).Skip(1).Select(l => l.Split(',')).ToList();
            Assert.Equal(26, byType.Count);
            foreach (var r in resources)
            {
                var sum = byType.Where(x => x[0] == r[0]).Sum(x => double.Parse(x[2], CultureInfo.InvariantCulture));
                Assert.Equal(double.Parse(r[5], CultureInfo.InvariantCulture), sum, 9);
            }

            // The timeline is coloured by type: its legend names each type; the load figure names every resource as simulate's figures do.
            var timeline = Texts(Path.Combine(one, "timeline.svg"));
            Assert.Contains(timeline, t => t.StartsWith("Mouse (", StringComparison.Ordinal));
            Assert.Contains(timeline, t => t.StartsWith("Device (", StringComparison.Ordinal));
            Assert.Contains("1 Connection cable design", timeline);
            var load = string.Join(' ', Texts(Path.Combine(one, "load-by-type.svg")));
            Assert.Contains("10 industrial-design", load, StringComparison.Ordinal);
            // The on-time figure says the device line has no due dates rather than drawing a bar of nothing.
            Assert.Contains("n/a", Texts(Path.Combine(one, "on-time-by-type.svg")));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
            foreach (var folder in new[] { one, two })
            {
                if (Directory.Exists(folder))
                    Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Plot_EveryTypeHasDueDates_OnTimeFigureSaysNoNa()
    {
        // The caption's "n/a" key explains bars that are not drawn; with a due allowance on every type there are none.
        var folder = TestFiles.NewPath("devsim-pf-");
        try
        {
            var run = CliRun.Of("portfolio", Path.Combine(Repository.Root, "experiments", "portfolios", "three-lines.yaml"),
                "--projects", "600", "--reps", "2", "--plot", folder);
            Assert.True(run.ExitCode == 0, run.Error);
            var texts = Texts(Path.Combine(folder, "on-time-by-type.svg"));
            Assert.DoesNotContain(texts, t => t.Contains("n/a", StringComparison.Ordinal));
            Assert.Contains(texts, t => t.Contains("Error bars: 95% CI", StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Plot_TypesCsv_HoldsEveryMeasureOfTheJsonWithItsCi_TheSameNumbers()
    {
        // docs/cli.md promises types.csv "every measure" per type; rework was once in the JSON only.
        var file = Portfolio();
        var folder = TestFiles.NewPath("devsim-pf-");
        try
        {
            var run = CliRun.Of("portfolio", file, "--projects", "600", "--reps", "3", "--plot", folder, "--format", "json");
            Assert.True(run.ExitCode == 0, run.Error);
            var json = System.Text.Json.JsonDocument.Parse(run.Output).RootElement;
            var lines = File.ReadAllLines(Path.Combine(folder, "types.csv"));
            var header = lines[0].Split(',');
            var mouse = lines[1].Split(',');
            var measures = new[] { ("duration", "duration"), ("waiting", "waiting"), ("backlogWait", "backlog_wait"), ("rework", "rework"), ("tardiness", "tardiness"), ("onTime", "on_time") };
            foreach (var (key, column) in measures)
            {
                var block = json.GetProperty("types")[0].GetProperty(key);
                var at = Array.IndexOf(header, column);
                Assert.True(at > 0, $"types.csv has no column {column}: {lines[0]}");
                Assert.Equal(column + "_ci_low", header[at + 1]);
                Assert.Equal(column + "_ci_high", header[at + 2]);
                Assert.Equal(block.GetProperty("mean").GetDouble(), double.Parse(mouse[at], CultureInfo.InvariantCulture), 9);
                Assert.Equal(block.GetProperty("ci95")[1].GetDouble(), double.Parse(mouse[at + 2], CultureInfo.InvariantCulture), 9);
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Plot_AFigureNameThatIsAPipe_IsRefusedWithExitCode2_AndThePipeStays()
    {
        var file = Portfolio();
        var dir = TestFiles.NewFolder("devsim-pf-pipe-").FullName;
        try
        {
            var pipe = Path.Combine(dir, "load-by-type.svg");
            if (!InputGateTests.MakePipe(pipe))
                return; // no mkfifo on this system
            var run = CliRun.Of("portfolio", file, "--projects", "300", "--reps", "2", "--plot", dir);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"{pipe}: cannot write (is a named pipe, not a regular file", run.Error, StringComparison.Ordinal);
            Assert.Equal(0, new FileInfo(pipe).Length);
            // What was written before the pipe stays; no temporary file is left beside them.
            Assert.All(Directory.GetFileSystemEntries(dir).Select(Path.GetFileName),
                name => Assert.Contains(name, new[] { "types.csv", "resources.csv", "load-by-type.csv", "duration-by-type.svg", "duration-by-type.png", "on-time-by-type.svg", "on-time-by-type.png", "load-by-type.svg" }));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Fact]
    public void Figures_Png_WritesNoSvg()
    {
        var file = Portfolio();
        var folder = TestFiles.NewPath("devsim-pf-");
        try
        {
            var run = CliRun.Of("portfolio", file, "--projects", "300", "--reps", "2", "--plot", folder, "--figures", "png");
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.Empty(Directory.GetFiles(folder, "*.svg"));
            Assert.Equal(3, Directory.GetFiles(folder, "*.png").Length);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Texts(string svg) =>
        [.. XDocument.Load(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim())];
}
