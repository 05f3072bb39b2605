using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DevSim.Engine.Portfolios;
using DevSim.Engine.Simulation;
using DevSim.Runner.Workbench;

namespace DevSim.Runner.Tests.Workbench;

/// <summary>Portfolios in the workbench: the example, editing with the reader's messages, YAML the command line reads, portfolio and capacity runs.</summary>
public class WorkbenchPortfolioTests
{
    private static readonly Dictionary<string, string> Small = new() { ["--projects"] = "3000", ["--reps"] = "3", ["--seed"] = "2" };

    [Fact]
    public async Task The_example_runs_as_devsim_portfolio_runs_the_shipped_file_and_leaves_its_figures()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var events = await host.RunPortfolioAsync("portfolio", await host.PortfolioAsync(), Small);
        var run = WorkbenchHost.Finished(events);
        Assert.Contains(events, e => e.GetProperty("event").GetString() == "progress");
        Assert.Equal(["portfolio", "three-lines.yaml", "--projects", "3000", "--reps", "3", "--seed", "2"], run.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()));
        var cli = CliRun.Of(["portfolio", Repository.Path("experiments", "portfolios", "three-lines.yaml"), .. Small.SelectMany(o => new[] { o.Key, o.Value }), "--format", "json"]);
        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(WithoutClock(cli.Output), WithoutClock(run.GetProperty("report").GetRawText()));
        var files = run.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "duration-by-type.svg", "on-time-by-type.svg", "load-by-type.svg", "types.csv", "resources.csv", "timeline.svg", "timeline.png", "report.json" }, files);
    }

    [Fact]
    public async Task The_examples_yaml_reads_back_as_the_shipped_portfolio_and_an_edit_reads_back_as_edited()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var example = await host.PortfolioAsync();
        var shipped = PortfolioReader.Parse(File.ReadAllText(Repository.Path("experiments", "portfolios", "three-lines.yaml")), "three-lines.yaml",
            reference => File.Exists(Repository.Path("experiments", "portfolios", reference)) ? File.ReadAllText(Repository.Path("experiments", "portfolios", reference)) : null);
        var written = PortfolioReader.Parse((await host.CheckPortfolioAsync(example)).GetProperty("yaml").GetString()!, "three-lines.yaml");
        Assert.Equal(Summary(shipped), Summary(written));

        var edited = Drafts.Edit(example);
        edited["types"]![0]!["every"] = "25";
        edited["types"]![1]!["policy"] = "dynamic";
        edited["types"]![2]!["wipCap"] = "4";
        edited["wipCap"] = "8";
        edited["discipline"] = "edd";
        edited["resources"] = new JsonArray(new JsonObject { ["name"] = "Mechanical", ["capacity"] = "2" });
        var check = await host.CheckPortfolioAsync(edited);
        // A pool without the other types' resources: the reader says so at the types' resources key.
        Assert.False(check.GetProperty("valid").GetBoolean());
        Assert.Contains(check.GetProperty("problems").EnumerateArray(), p => p.GetProperty("key").GetString() == "types, Mouse, resources");
        edited["resources"] = new JsonArray();
        check = await host.CheckPortfolioAsync(edited);
        Assert.True(check.GetProperty("valid").GetBoolean(), check.GetRawText());
        var read = PortfolioReader.Parse(check.GetProperty("yaml").GetString()!, "three-lines.yaml");
        Assert.Equal((25.0, SequencingPolicy.Dynamic, (int?)4, (int?)8, QueueDiscipline.Edd),
            (read.Types[0].Arrivals.MeanInterarrival, read.Types[1].Policy, read.Types[2].WipCap, read.WipCap, read.Discipline));
    }

    [Fact]
    public async Task A_types_resource_map_and_the_slack_discipline_edited_on_the_page_read_back_as_edited()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var edited = Drafts.Edit(await host.PortfolioAsync());
        edited["discipline"] = "slack";
        // The mouse's top case work goes to the bottom case team (the pool is the union of the types' own resources).
        edited["types"]![0]!["resources"] = new JsonObject { ["Top case design"] = "Bottom case design" };
        var check = await host.CheckPortfolioAsync(edited);
        Assert.True(check.GetProperty("valid").GetBoolean(), check.GetRawText());
        var read = PortfolioReader.Parse(check.GetProperty("yaml").GetString()!, "three-lines.yaml");
        Assert.Equal((QueueDiscipline.Slack, "Bottom case design", "Bottom case design"),
            (read.Discipline, read.Types[0].PoolResource("Top case design"), read.Types[0].PoolResource("Bottom case design")));
        // Without a listed pool a map onto a new name adds that resource to the pool (the union of the types' own).
        edited["types"]![0]!["resources"] = new JsonObject { ["Top case design"] = "Tooling" };
        check = await host.CheckPortfolioAsync(edited);
        Assert.True(check.GetProperty("valid").GetBoolean(), check.GetRawText());
        read = PortfolioReader.Parse(check.GetProperty("yaml").GetString()!, "three-lines.yaml");
        Assert.Contains(read.Pool.Resources, r => r.Name == "Tooling");
    }

    [Theory]
    [InlineData("priority", 0, "high", "types, Mouse, priority", "'high' is not a whole number")]
    [InlineData("every", 1, "-3", "types, Balanced, arrivals, interarrival", "-3 must be a positive number of days")]
    [InlineData("policy", 2, "dinamic", "types, Device, policy", "did you mean 'dynamic'?")]
    [InlineData("scenario", 0, "/etc/passwd", "types, Mouse, scenario", "the workbench reads no file on the server")]
    public async Task A_wrong_type_field_is_named_at_its_key_with_the_readers_message(string field, int type, string value, string key, string message)
    {
        await using var host = await WorkbenchHost.StartAsync();
        var edited = Drafts.Edit(await host.PortfolioAsync());
        edited["types"]![type]![field] = value;
        var check = await host.CheckPortfolioAsync(edited);
        Assert.False(check.GetProperty("valid").GetBoolean());
        var problem = Assert.Single(check.GetProperty("problems").EnumerateArray());
        Assert.Equal(key, problem.GetProperty("key").GetString());
        Assert.Contains(message, problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        // The command line's line for it, at the downloaded file's line.
        var line = problem.GetProperty("line").GetInt32();
        Assert.Contains(value.Trim('-'), check.GetProperty("yaml").GetString()!.Split('\n')[line - 1], StringComparison.Ordinal);
        Assert.StartsWith($"three-lines.yaml:{line}: {key}: ", check.GetProperty("lines")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_naming_a_scenario_file_or_a_trace_is_refused_at_its_line_and_nothing_is_read()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var text = File.ReadAllText(Repository.Path("experiments", "portfolios", "three-lines.yaml"))
            .Replace("arrivals: { interarrival: 45 }", "arrivals: { trace: /etc/hostname }", StringComparison.Ordinal);
        using var response = await host.Client.PostAsync("api/portfolios/upload?name=three-lines.yaml", new StringContent(text, Encoding.UTF8));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var lines = body.GetProperty("lines").EnumerateArray().Select(l => l.GetString()!).ToList();
        var source = text.Split('\n');
        int LineOf(string part) => Array.FindIndex(source, l => l.Contains(part, StringComparison.Ordinal)) + 1;
        Assert.Equal(2, lines.Count);
        Assert.StartsWith($"three-lines.yaml:{LineOf("trace: /etc/hostname")}: types, Balanced, arrivals, trace: the workbench reads no file on the server", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"three-lines.yaml:{LineOf("device-constrained.yaml")}: types, Device, scenario: cannot read '../scenarios/device-constrained.yaml': " +
            "the workbench reads no file on the server: name a built-in scenario, or write the process inline under process:", lines[1], StringComparison.Ordinal);

        // The same file with the Device line inline is opened as it was written.
        var inline = File.ReadAllText(Repository.Path("experiments", "portfolios", "three-lines.yaml")).Replace("    scenario: ../scenarios/device-constrained.yaml\n",
            "    process:\n" + string.Concat(File.ReadAllLines(Repository.Path("experiments", "scenarios", "device-constrained.yaml")).Select(l => l.Length == 0 ? "\n" : "      " + l + "\n")),
            StringComparison.Ordinal);
        using var opened = await host.Client.PostAsync("api/portfolios/upload?name=/srv/x/mine.yaml", new StringContent(inline, Encoding.UTF8));
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var draft = JsonDocument.Parse(await opened.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("mine.yaml", draft.GetProperty("fileName").GetString());
        Assert.Equal(["optical-mouse", "optical-mouse-balanced", ""], draft.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("scenario").GetString()));
        Assert.True((await host.CheckPortfolioAsync(draft)).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task A_capacity_run_gives_the_command_lines_bracket_on_the_scenario_and_on_the_portfolio()
    {
        await using var host = await WorkbenchHost.StartAsync();
        var options = new Dictionary<string, string>
        {
            ["--target-duration"] = "150",
            ["--policy"] = "static",
            ["--reps"] = "2000",
            ["--projects"] = "800",
            ["--sim-reps"] = "2",
            ["--max-evaluations"] = "4",
            ["--tolerance"] = "0.2",
            ["--seed"] = "7",
        };
        var run = WorkbenchHost.Finished(await host.RunAsync("capacity", await host.DraftAsync(), options));
        var cli = CliRun.Of(["capacity", "optical-mouse", .. options.SelectMany(o => new[] { o.Key, o.Value }), "--format", "json"]);
        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(WithoutClockOrFiles(cli.Output), WithoutClockOrFiles(run.GetProperty("report").GetRawText()));
        Assert.Superset(new HashSet<string?> { "capacity.json", "points.csv", "capacity-search.svg", "capacity-search.png" },
            run.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ToHashSet());

        options.Remove("--policy");
        options["--target-duration"] = "400";
        var onPortfolio = WorkbenchHost.Finished(await host.RunPortfolioAsync("capacity", await host.PortfolioAsync(), options));
        var cliPortfolio = CliRun.Of(["capacity", Repository.Path("experiments", "portfolios", "three-lines.yaml"), .. options.SelectMany(o => new[] { o.Key, o.Value }), "--format", "json"]);
        Assert.Equal(0, cliPortfolio.ExitCode);
        Assert.Equal(WithoutClockOrFiles(cliPortfolio.Output), WithoutClockOrFiles(onPortfolio.GetProperty("report").GetRawText()));
    }

    [Theory]
    [InlineData("portfolio", "--projects=20000 --reps=20000")]
    [InlineData("capacity", "--target-duration=400 --projects=200000 --sim-reps=200 --tolerance=0.001")]
    public async Task A_user_who_leaves_a_portfolio_run_stops_it_and_leaves_nothing_behind(string kind, string words)
    {
        await using var host = await WorkbenchHost.StartAsync(maxRuns: 1);
        // Minutes of work at least: only cancellation can end it within the bound below.
        var options = words.Split(' ').Select(w => w.Split('=')).ToDictionary(p => p[0], p => p[1]);
        using (var run = await host.OpenRunAsync(kind, await host.PortfolioAsync(), options, portfolio: true))
            Assert.NotNull(await run.UntilAsync("started", TimeSpan.FromSeconds(30)));
        Assert.True(await host.IdleWithinAsync(TimeSpan.FromSeconds(60)), $"the {kind} run of a user who left is still working");
        Assert.Equal(0, host.Runs.Store.Count);
    }

    /// <summary>What a portfolio holds that a run reads, in words (scenarios by their tasks' durations and matrices).</summary>
    private static string Summary(Portfolio p) => JsonSerializer.Serialize(new
    {
        p.Name,
        Discipline = p.Discipline.Name(),
        p.WipCap,
        Pool = p.Pool.Resources.Select(r => $"{r.Name}:{r.Capacity}"),
        Types = p.Types.Select(t => new
        {
            t.Name,
            Policy = t.Policy.Name(),
            t.Arrivals.MeanInterarrival,
            Fixed = t.Arrivals is FixedArrivals,
            t.Priority,
            t.DueAllowance,
            t.WipCap,
            t.Sequence,
            Scenario = t.Scenario.Name,
            Tasks = t.Scenario.Tasks.Select(x => $"{x.Name}:{x.Duration}:{x.Resource}"),
            Rp = Enumerable.Range(1, t.Scenario.TaskCount).SelectMany(i => Enumerable.Range(1, t.Scenario.TaskCount).Select(j => t.Scenario.ReworkProbability(i, j))),
            Ri = Enumerable.Range(1, t.Scenario.TaskCount).SelectMany(i => Enumerable.Range(1, t.Scenario.TaskCount).Select(j => t.Scenario.ReworkImpact(i, j))),
        }),
    });

    private static string WithoutClock(string report)
    {
        var node = JsonNode.Parse(report)!.AsObject();
        node.Remove("elapsedSeconds");
        return node.ToJsonString();
    }

    private static string WithoutClockOrFiles(string report)
    {
        var node = JsonNode.Parse(report)!.AsObject();
        node.Remove("files");
        node.Remove("elapsedSeconds");
        return node.ToJsonString();
    }
}
