namespace DevSim.Runner.Tests;

/// <summary>
/// Input files the way a user gets them wrong: misspelt keys (which used to be ignored while the
/// results changed), a second YAML document, a folder, an oversize file (issue 16, item 2).
/// </summary>
public class BadInputFileTests
{
    private static readonly string Mouse = File.ReadAllText(Repository.Path("experiments", "scenarios", "optical-mouse.yaml"));

    private const string TwoTasks = """
        name: two
        resources:
          - { name: Team, capacity: 1 }
        tasks:
          - { id: 1, name: A, duration: 2, resource: Team }
          - { id: 2, name: B, duration: 3 }
        rework:
          probability: [[0, 0.5], [0, 0]]
          impact: [[0, 0.5], [0, 0]]
        sequence: [1, 2]
        """;

    [Theory]
    [InlineData("resource: Team }", "resorce: Team }", 5, "tasks, entry 1, resorce", "resource")]
    [InlineData("sequence: [1, 2]", "sequnce: [1, 2]", 10, "sequnce", "sequence")]
    [InlineData("{ name: Team, capacity: 1 }", "{ name: Team, capacty: 1 }", 3, "resources, entry 1, capacty", "capacity")]
    [InlineData("name: two", "name: two\ndurations: { spred: 0.3 }", 2, "durations.spred", "spread")]
    [InlineData("rework:\n  probability", "rework:\n  probabilty", 8, "rework.probabilty", "probability")]
    public void Scenario_MisspeltKey_NamesLineKeyAndNearestKey(string correct, string misspelt, int line, string key, string suggestion)
    {
        var file = CliRun.TempFile(TwoTasks.Replace(correct, misspelt, StringComparison.Ordinal));
        var run = CliRun.Of("evaluate", file, "--reps", "100");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"devsim: {file}:{line}: {key}: unknown key; did you mean '{suggestion}'?", StringComparison.Ordinal));
        File.Delete(file);
    }

    [Fact]
    public void Scenario_UnrelatedKey_ListsTheValidKeys()
    {
        var file = CliRun.TempFile(TwoTasks.Replace("{ id: 2, name: B, duration: 3 }", "{ id: 2, name: B, duration: 3, colour: red }", StringComparison.Ordinal));
        var run = CliRun.Of("simulate", file, "--interarrival", "4");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"devsim: {file}:6: tasks, entry 2, colour: unknown key (expected one of id, name, duration, resource)", Assert.Single(run.ErrorLines));
        File.Delete(file);
    }

    [Theory]
    [InlineData("evaluate", "", ".yaml")]
    [InlineData("sweep", "scenarios: [optical-mouse]\ninterarrival: 16\n", ".yaml")]
    [InlineData("staff", "", ".yaml")]
    public void SecondYamlDocument_IsRefused(string command, string content, string extension)
    {
        var first = command == "evaluate" ? Mouse : content.Length > 0 ? content : File.ReadAllText(Repository.Path("experiments", "teams", "chen-kim-2013.yaml"));
        var file = CliRun.TempFile(first + "\n---\nname: another\n", extension);
        var args = command switch
        {
            "evaluate" => new[] { "evaluate", file },
            "sweep" => ["sweep", file, "--out", TestFiles.NewPath("devsim-never-")],
            _ => ["staff", file, "--out", TestFiles.NewPath("devsim-never-")],
        };
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Matches($"^devsim: {System.Text.RegularExpressions.Regex.Escape(file)}:[0-9]+: the file holds 2 YAML documents", run.ErrorLines[0]);
        File.Delete(file);
    }

    [Fact]
    public void Scenario_Folder_SaysItIsAFolder()
    {
        var folder = TestFiles.NewFolder("devsim-folder-").FullName;
        var run = CliRun.Of("evaluate", folder);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"devsim: {folder}: is a folder, not a scenario file", Assert.Single(run.ErrorLines));
        Directory.Delete(folder);
    }

    [Fact]
    public void Scenario_OversizeFile_IsRefusedWithTheLimit()
    {
        var file = TestFiles.NewPath("devsim-big-", ".yaml");
        using (var stream = File.Create(file))
            stream.SetLength(17L * 1024 * 1024);
        var run = CliRun.Of("evaluate", file);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"devsim: {file}: 17,825,792 bytes is more than a scenario file may hold (16,777,216 bytes, 16 MiB)", Assert.Single(run.ErrorLines));
        File.Delete(file);
    }

    [Fact]
    public void Scenario_EndlessDevice_IsRefusedAsADevice()
    {
        if (!File.Exists("/dev/zero"))
            return; // no such device on this system: the oversize test above covers the limit
        var run = CliRun.Of("evaluate", "/dev/zero");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("devsim: /dev/zero: is a device, not a regular scenario file (devsim reads input only from regular files)", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Experiment_ScenarioFileThatIsAFolder_IsNamedAtItsEntry()
    {
        var folder = TestFiles.NewFolder("devsim-exp-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "process.yaml"));
        var experiment = Path.Combine(folder, "exp.yaml");
        File.WriteAllText(experiment, "scenarios: [process.yaml]\ninterarrival: 16\n");
        var run = CliRun.Of("sweep", experiment, "--out", Path.Combine(folder, "out"));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"devsim: {experiment}:1: scenarios, entry 1: cannot read 'process.yaml': is a folder, not a scenario file", Assert.Single(run.ErrorLines));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Team_MissingFile_SaysSo()
    {
        var run = CliRun.Of("staff", "/no/such/team.yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("devsim: /no/such/team.yaml: no such team file", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Experiment_MissingFile_SaysSo()
    {
        var run = CliRun.Of("sweep", "/no/such/experiment.yaml", "--out", "/no/such/out");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("devsim: /no/such/experiment.yaml: no such experiment file", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("0\n5\nNaN\n", "row 3: 'NaN' is not a finite number (at least 0)")]
    [InlineData("NaN\n5\n", "row 1: 'NaN' is not a finite number (at least 0)")]
    [InlineData("0\n-5\n", "row 2: -5 is out of range (at least 0)")]
    [InlineData("0\n1e400\n", "row 2: '1e400' is not a finite number (at least 0)")]
    public void Arrivals_BadTime_NamesRowAndRange(string content, string expected)
    {
        var path = CliRun.TempFile(content, ".csv");
        var run = CliRun.Of("simulate", "optical-mouse", "--arrivals", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"devsim: {path}, {expected}", Assert.Single(run.ErrorLines));
        File.Delete(path);
    }

    [Fact]
    public void Arrivals_Folder_SaysItIsAFolder()
    {
        var folder = TestFiles.NewFolder("devsim-arrivals-").FullName;
        var run = CliRun.Of("simulate", "optical-mouse", "--arrivals", folder);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"devsim: {folder}: is a folder, not a CSV file", Assert.Single(run.ErrorLines));
        Directory.Delete(folder);
    }
}
