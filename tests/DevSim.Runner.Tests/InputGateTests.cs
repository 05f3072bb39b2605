using System.Diagnostics;
using DevSim.Engine.Input;

namespace DevSim.Runner.Tests;

/// <summary>
/// The input gate (issue 25): every kind of input file, given a named pipe with no writer, is refused by name
/// without blocking; an output path that is a pipe is refused rather than replaced; standard output refused by
/// the machine is named; a file of more nodes than the limit is refused at its line; analyze's bisection ends
/// at any tolerance.
/// </summary>
public sealed class InputGateTests
{
    /// <summary>Far longer than any refusal takes: the tests fail only if reading a pipe blocks, never on speed.</summary>
    private static readonly TimeSpan BlockBound = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string> PipeInputs() => new()
    {
        { "scenario", "evaluate {pipe}" },
        { "experiment", "sweep {pipe} --out {dir}/run" },
        { "team", "staff {pipe}" },
        { "CSV", "simulate optical-mouse --arrivals {pipe}" },
        { "results", "plot {pipe} --out {dir}/o" },
        { "utilisation CSV", "plot {results} --out {dir}/o" },
    };

    [Theory]
    [MemberData(nameof(PipeInputs))]
    public async Task NamedPipeWithoutWriter_IsRefusedByName_AndNothingBlocks(string kind, string command)
    {
        var dir = TestFiles.NewFolder("devsim-pipe-").FullName;
        try
        {
            // plot reads the utilisation CSV beside a results file: the pipe takes that CSV's name.
            var results = Path.Combine(dir, "r.json");
            File.WriteAllText(results, MinimalResults);
            var pipe = Path.Combine(dir, kind == "utilisation CSV" ? "r-utilisation.csv" : "input");
            if (!MakePipe(pipe))
                return; // no mkfifo on this system
            var args = command.Replace("{pipe}", pipe, StringComparison.Ordinal).Replace("{dir}", dir, StringComparison.Ordinal)
                .Replace("{results}", results, StringComparison.Ordinal).Split(' ');
            var run = Task.Run(() => CliRun.Of(args));
            if (await Task.WhenAny(run, Task.Delay(BlockBound)) != run)
            {
                // Release the blocked reader so that the test host can end, then fail.
                await using (new FileStream(pipe, FileMode.Open, FileAccess.Write)) { }
                Assert.Fail($"{kind}: devsim {string.Join(' ', args)} still blocked on the pipe after {BlockBound}");
            }
            var result = await run;
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{pipe}: is a named pipe, not a regular {kind} file", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void OutputPathThatIsAPipe_IsRefused_AndThePipeStays()
    {
        var dir = TestFiles.NewFolder("devsim-pipe-").FullName;
        try
        {
            var pipe = Path.Combine(dir, "trace.csv");
            if (!MakePipe(pipe))
                return;
            var run = CliRun.Of("simulate", "optical-mouse", "--interarrival", "16", "--projects", "50", "--reps", "2", "--trace", pipe);
            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"{pipe}: cannot write (is a named pipe, not a regular file", run.Error, StringComparison.Ordinal);
            Assert.False(File.GetAttributes(pipe).HasFlag(FileAttributes.Directory));
            Assert.Equal(0, new FileInfo(pipe).Length); // still the pipe, not a file renamed over it
            Assert.Single(Directory.GetFileSystemEntries(dir)); // and no temporary file left beside it
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("> /dev/full", "standard output: cannot write (No space left on device)")]
    [InlineData("1</dev/null", "standard output: cannot write (it is closed, or open only for reading")]
    public void StandardOutputRefused_NamesTheStreamAndTheCause(string redirect, string expected)
    {
        if (!File.Exists("/dev/full") || !File.Exists("/bin/sh"))
            return;
        using var process = Process.Start(new ProcessStartInfo("/bin/sh",
            ["-c", $"\"$0\" \"$1\" evaluate optical-mouse --reps 100 {redirect}", CliRun.DotnetHost, CliRun.DevSimDll])
        {
            RedirectStandardError = true,
        })!;
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(BlockBound));
        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith($"devsim: {expected}", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scenario_MoreNodesThanTheLimit_IsRefusedAtItsLine_WithinTheBounds()
    {
        // 500,001 pairs of two ids: 1.5 million nodes in 4.5 MB, well under the byte limit.
        var text = "name: many\ntasks:\n  - { id: 1, name: A, duration: 1 }\n  - { id: 2, name: B, duration: 1 }\n" +
            "rework: { probability: [[0, 0], [0, 0]], impact: [[0, 0], [0, 0]] }\nprecedence:\n" +
            string.Concat(Enumerable.Repeat("  - [1, 2]\n", 500_001));
        var path = CliRun.TempFile(text);
        try
        {
            var run = await BoundedRun.Of("many nodes", "evaluate", path);
            Assert.Equal(2, run.ExitCode);
            var limit = InputLimits.MaxNodes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Matches($"^devsim: {System.Text.RegularExpressions.Regex.Escape(path)}:[0-9]+: the file holds more than {limit} values, lists and mappings", run.ErrorLines[0]);
            Assert.Single(run.ErrorLines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Scenario_ManyDuplicatePairs_ListsAHundredProblemsAndSaysSo()
    {
        var text = "name: many\ntasks:\n  - { id: 1, name: A, duration: 1 }\n  - { id: 2, name: B, duration: 1 }\n" +
            "rework: { probability: [[0, 0], [0, 0]], impact: [[0, 0], [0, 0]] }\nprecedence:\n" +
            string.Concat(Enumerable.Repeat("  - [1, 2]\n", 5_000));
        var path = CliRun.TempFile(text);
        try
        {
            var run = CliRun.Of("evaluate", path);
            Assert.Equal(2, run.ExitCode);
            Assert.Equal(InputLimits.MaxProblems + 1, run.ErrorLines.Length);
            Assert.EndsWith($"more problems from here on are not listed (the first {InputLimits.MaxProblems} are)", run.ErrorLines[^1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Analyze_ToleranceFinerThanDoubles_EndsAndSaysTheFloor()
    {
        var run = CliRun.Of("analyze", "optical-mouse", "--policy", "dynamic", "--tolerance", "1e-20", "--projects", "300", "--sim-reps", "2",
            "--reps", "1000", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var bisection = json.RootElement.GetProperty("bisection");
        Assert.Equal(1e-20, bisection.GetProperty("tolerance").GetDouble());
        Assert.Equal(Engine.Analysis.BoundedBisection.ToleranceFloor, bisection.GetProperty("toleranceUsed").GetDouble());
        var limit = json.RootElement.GetProperty("limits")[0];
        var (lower, upper) = (limit.GetProperty("lower").GetDouble(), limit.GetProperty("upper").GetDouble());
        Assert.True(upper - lower <= Engine.Analysis.BoundedBisection.ToleranceFloor * upper, $"[{lower}, {upper}]");
    }

    internal static bool MakePipe(string path)
    {
        try
        {
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
            mkfifo.WaitForExit();
            return mkfifo.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>A results file of one grid point, as merge writes it (the keys plot needs).</summary>
    private const string MinimalResults = """
        {
          "experiment": "mini",
          "projects": 100,
          "points": [
            {
              "scenario": "optical-mouse", "sequence": "scenario", "policy": "static", "interarrival": 16, "replications": 2,
              "duration": { "mean": 60.5, "sd": 1.5, "ci95": [47.0, 74.0] },
              "waiting": { "mean": 5.0, "sd": 0.5, "ci95": [0.5, 9.5] },
              "status": "ok", "verdict": "stable"
            }
          ]
        }
        """;
}
